package dev.waybill.api.v1alpha1.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.ValidationRule;

/**
 * What the vendor integration's owners promise: a figure of {@code status.kpis} beyond its bound turns the
 * {@code Degraded} condition True (reason SloBreached) with the figure in its message.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@ValidationRule(value = "has(self.maxErrorRate) || has(self.p99Millis)",
        message = "spec.slo must set at least one of maxErrorRate, p99Millis", reason = "FieldValueRequired")
public class ContractSlo {

    @Min(0)
    @Max(100)
    @JsonPropertyDescription("Most percentage (0-100) of calls to the vendor that may fail (status.kpis.errorRate), "
            + "over the rolling window.")
    public Integer maxErrorRate;

    @Min(value = 0, inclusive = false)
    @Max(600000)
    @JsonPropertyDescription("Most the 99th percentile call latency (status.kpis.p99Millis) may be, in milliseconds, "
            + "over the rolling window.")
    public Double p99Millis;
}
