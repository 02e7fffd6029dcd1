package dev.waybill.api.v1alpha1.source;

import io.fabric8.crd.generator.annotation.AdditionalPrinterColumn;
import io.fabric8.crd.generator.annotation.AdditionalPrinterColumn.Type;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Categories;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.ShortNames;
import io.fabric8.kubernetes.model.annotation.Version;

import static dev.waybill.api.v1alpha1.meta.Schemas.READY_PATH;

/** A sales channel that sends orders in its own format, mapped to the canonical order. */
@Group("waybill.dev")
@Version("v1alpha1")
@ShortNames("osrc")
@Categories("waybill")
@AdditionalPrinterColumn(name = "Accepted", jsonPath = ".status.kpis.accepted", type = Type.INTEGER)
@AdditionalPrinterColumn(name = "Rejected", jsonPath = ".status.kpis.rejected", type = Type.INTEGER)
@AdditionalPrinterColumn(name = "Ready", jsonPath = READY_PATH, type = Type.STRING)
@AdditionalPrinterColumn(name = "Age", jsonPath = ".metadata.creationTimestamp", type = Type.DATE)
public class OrderSource extends CustomResource<OrderSourceSpec, OrderSourceStatus> implements Namespaced {
}
