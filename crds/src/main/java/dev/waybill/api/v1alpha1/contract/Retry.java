package dev.waybill.api.v1alpha1.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.waybill.api.v1alpha1.meta.Schemas;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.ValidationRule;

/** Exponential backoff with jitter for transient failures. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@ValidationRule(value = "duration(self.maxBackoff) >= duration(self.initialBackoff)",
        message = "spec.resilience.retry.maxBackoff must not be shorter than spec.resilience.retry.initialBackoff",
        fieldPath = ".maxBackoff", reason = "FieldValueInvalid")
public class Retry {

    @Default("3")
    @Min(1)
    @Max(20)
    @JsonPropertyDescription("Attempts in all, the first included; at least 1 (1 means no retry).")
    public Integer maxAttempts;

    @Default("200ms")
    @Pattern(Schemas.DURATION)
    @JsonPropertyDescription("Wait before the first retry (e.g. 200ms).")
    public String initialBackoff;

    @Default("10s")
    @Pattern(Schemas.DURATION)
    @JsonPropertyDescription("Longest wait between retries (e.g. 10s); not shorter than initialBackoff.")
    public String maxBackoff;

    @Default("2.0")
    @Min(1)
    @Max(10)
    @JsonPropertyDescription("Factor by which the wait grows after each attempt; 1 to 10.")
    public Double multiplier;

    @Default("0.2")
    @Min(0)
    @Max(1)
    @JsonPropertyDescription("Randomisation of each wait, 0 (none) to 1 (up to +/-100%).")
    public Double jitter;
}
