package dev.waybill.api.v1alpha1.policy;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** How candidate nodes are ranked. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class Scoring {

    @JsonPropertyDescription("Relative weight of each factor; each factor is normalised to 0-1 before weighting.")
    public ScoringWeights weights;
}
