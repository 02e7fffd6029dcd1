package dev.waybill.api.v1alpha1.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.waybill.api.v1alpha1.meta.Schemas;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Pattern;

/** When to stop calling a failing vendor and for how long. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class CircuitBreaker {

    @Default("50")
    @Min(1)
    @Max(100)
    @JsonPropertyDescription("Failure percentage (1-100) over the sliding window at which the circuit opens.")
    public Integer failureRateThreshold;

    @Default("20")
    @Min(1)
    @Max(10000)
    @JsonPropertyDescription("Number of recent calls the failure rate is computed over.")
    public Integer slidingWindowSize;

    @Default("30s")
    @Pattern(Schemas.DURATION)
    @JsonPropertyDescription("How long the circuit stays open before trial calls (half-open), e.g. 30s.")
    public String waitInOpenState;
}
