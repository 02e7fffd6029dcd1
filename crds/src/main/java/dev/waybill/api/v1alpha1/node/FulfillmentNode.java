package dev.waybill.api.v1alpha1.node;

import io.fabric8.crd.generator.annotation.AdditionalPrinterColumn;
import io.fabric8.crd.generator.annotation.AdditionalPrinterColumn.Type;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Categories;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.ShortNames;
import io.fabric8.kubernetes.model.annotation.Version;

import static dev.waybill.api.v1alpha1.meta.Schemas.READY_PATH;

/** A place that fulfills orders: a warehouse, store, 3PL, dropship vendor or marketplace. */
@Group("waybill.dev")
@Version("v1alpha1")
@ShortNames("fn")
@Categories("waybill")
@AdditionalPrinterColumn(name = "Type", jsonPath = ".spec.type", type = Type.STRING)
@AdditionalPrinterColumn(name = "Ready", jsonPath = READY_PATH, type = Type.STRING)
@AdditionalPrinterColumn(name = "Backlog", jsonPath = ".status.kpis.backlog", type = Type.INTEGER)
@AdditionalPrinterColumn(name = "Success", jsonPath = ".status.kpis.successRate", type = Type.NUMBER)
@AdditionalPrinterColumn(name = "Age", jsonPath = ".metadata.creationTimestamp", type = Type.DATE)
public class FulfillmentNode extends CustomResource<FulfillmentNodeSpec, FulfillmentNodeStatus> implements Namespaced {
}
