package dev.waybill.api.v1alpha1.policy;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.waybill.api.v1alpha1.meta.ConditionsListMap;
import dev.waybill.api.v1alpha1.meta.ResourceStatus;
import io.fabric8.crdv2.generator.v1.SchemaCustomizer;

/** What the operator observed of a policy: Ready, Valid and its routing KPIs. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@SchemaCustomizer(value = ConditionsListMap.class, input = "")
public class RoutingPolicyStatus extends ResourceStatus {

    @JsonPropertyDescription("Routing KPIs of this policy.")
    public PolicyKpis kpis;
}
