package dev.waybill.api.v1alpha1.node;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.waybill.api.v1alpha1.meta.ConditionsListMap;
import dev.waybill.api.v1alpha1.meta.ResourceStatus;
import io.fabric8.crdv2.generator.v1.SchemaCustomizer;

/** What the operator observed of a node: Ready, AdapterAvailable and its KPIs. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@SchemaCustomizer(value = ConditionsListMap.class, input = "")
public class FulfillmentNodeStatus extends ResourceStatus {

    @JsonPropertyDescription("Fulfillment KPIs of this node.")
    public NodeKpis kpis;
}
