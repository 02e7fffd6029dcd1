package dev.waybill.api.v1alpha1.policy;

import io.fabric8.crd.generator.annotation.AdditionalPrinterColumn;
import io.fabric8.crd.generator.annotation.AdditionalPrinterColumn.Type;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Categories;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.ShortNames;
import io.fabric8.kubernetes.model.annotation.Version;

import static dev.waybill.api.v1alpha1.meta.Schemas.READY_PATH;

/** How matching orders are routed: which nodes may take them, how they are scored, split and backordered. */
@Group("waybill.dev")
@Version("v1alpha1")
@ShortNames("rp")
@Categories("waybill")
@AdditionalPrinterColumn(name = "Mode", jsonPath = ".spec.mode", type = Type.STRING)
@AdditionalPrinterColumn(name = "Priority", jsonPath = ".spec.priority", type = Type.INTEGER)
@AdditionalPrinterColumn(name = "Routed", jsonPath = ".status.kpis.routed", type = Type.INTEGER)
@AdditionalPrinterColumn(name = "P99", jsonPath = ".status.kpis.p99RoutingMillis", type = Type.NUMBER)
@AdditionalPrinterColumn(name = "Ready", jsonPath = READY_PATH, type = Type.STRING)
@AdditionalPrinterColumn(name = "Age", jsonPath = ".metadata.creationTimestamp", type = Type.DATE)
public class RoutingPolicy extends CustomResource<RoutingPolicySpec, RoutingPolicyStatus> implements Namespaced {
}
