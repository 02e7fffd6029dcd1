package dev.waybill.api.v1alpha1.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.waybill.api.v1alpha1.meta.Schemas;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Pattern;

/** How calls to a vendor are bounded: timeout, retries, retry budget, circuit breaker, rate limit. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class Resilience {

    @Default("5s")
    @Pattern(Schemas.DURATION)
    @JsonPropertyDescription("Timeout of one call (e.g. 2s); a timeout after the request was sent is an unknown outcome.")
    public String timeout;

    @JsonPropertyDescription("Retries of transient failures (timeouts, 429, 5xx, connection errors).")
    public Retry retry;

    @Default("20")
    @Min(0)
    @Max(100)
    @JsonPropertyDescription("Retries may add at most this percentage of extra calls over the window, so a failing "
            + "vendor is not flooded; beyond it failures go to the exception queue (RetryBudgetExhausted).")
    public Integer retryBudgetPercent;

    @JsonPropertyDescription("Stops calling a failing vendor for a while and takes its node out of routing.")
    public CircuitBreaker circuitBreaker;

    @JsonPropertyDescription("Client-side rate limit of calls to the vendor.")
    public RateLimit rateLimit;
}
