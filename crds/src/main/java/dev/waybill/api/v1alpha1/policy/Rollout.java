package dev.waybill.api.v1alpha1.policy;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;

/** The share of matching orders a policy takes while it is rolled out. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class Rollout {

    @Default("100")
    @Min(0)
    @Max(100)
    @JsonPropertyDescription("Percentage (0-100) of matching orders this policy takes; stable per order, so an order "
            + "is always in or always out.")
    public Integer percent;
}
