package dev.waybill.api.v1alpha1.policy;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.ValidationRule;

/**
 * What the policy's owners promise: a figure of {@code status.kpis} beyond its bound turns the {@code Degraded}
 * condition True (reason SloBreached) with the figure in its message.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@ValidationRule(value = "has(self.p99RoutingMillis) || has(self.minAcceptanceRate) || has(self.maxOldestBacklogSeconds)",
        message = "spec.slo must set at least one of p99RoutingMillis, minAcceptanceRate, maxOldestBacklogSeconds",
        reason = "FieldValueRequired")
public class PolicySlo {

    @Min(value = 0, inclusive = false)
    @Max(600000)
    @JsonPropertyDescription("Most the 99th percentile routing time (status.kpis.p99RoutingMillis) may be, "
            + "in milliseconds, over the rolling window.")
    public Double p99RoutingMillis;

    @Min(0)
    @Max(100)
    @JsonPropertyDescription("Least percentage (0-100) of dispatched shipments the nodes must accept "
            + "(status.kpis.acceptanceRate), over the rolling window.")
    public Integer minAcceptanceRate;

    @Min(1)
    @Max(31536000)
    @JsonPropertyDescription("Most seconds the oldest order of this policy may wait unfinished "
            + "(status.kpis.oldestBacklogSeconds).")
    public Long maxOldestBacklogSeconds;
}
