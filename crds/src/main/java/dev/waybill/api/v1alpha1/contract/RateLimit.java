package dev.waybill.api.v1alpha1.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Required;

/** A steady request rate. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class RateLimit {

    @Required
    @Min(value = 0, inclusive = false)
    @Max(100000)
    @JsonPropertyDescription("Requests per second allowed; greater than 0.")
    public Double requestsPerSecond;
}
