package dev.waybill.api.v1alpha1.contract;

import io.fabric8.crd.generator.annotation.AdditionalPrinterColumn;
import io.fabric8.crd.generator.annotation.AdditionalPrinterColumn.Type;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Categories;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.ShortNames;
import io.fabric8.kubernetes.model.annotation.Version;

import static dev.waybill.api.v1alpha1.meta.Schemas.READY_PATH;

/** How to talk to one vendor's API: operations, mappings, auth, resilience, data policy and where the adapter runs. */
@Group("waybill.dev")
@Version("v1alpha1")
@ShortNames("ac")
@Categories("waybill")
@AdditionalPrinterColumn(name = "Mode", jsonPath = ".spec.runtime.mode", type = Type.STRING)
@AdditionalPrinterColumn(name = "Circuit", jsonPath = ".status.circuitState", type = Type.STRING)
@AdditionalPrinterColumn(name = "Error%", jsonPath = ".status.kpis.errorRate", type = Type.NUMBER)
@AdditionalPrinterColumn(name = "P99", jsonPath = ".status.kpis.p99Millis", type = Type.NUMBER)
@AdditionalPrinterColumn(name = "Ready", jsonPath = READY_PATH, type = Type.STRING)
@AdditionalPrinterColumn(name = "Age", jsonPath = ".metadata.creationTimestamp", type = Type.DATE)
public class AdapterContract extends CustomResource<AdapterContractSpec, AdapterContractStatus> implements Namespaced {
}
