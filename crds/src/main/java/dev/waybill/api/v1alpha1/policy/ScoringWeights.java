package dev.waybill.api.v1alpha1.policy;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.ValidationRule;

/** Weights of the scoring factors; the node with the best weighted score wins. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@ValidationRule(value = "self.distance + self.cost + self.load + self.promise > 0.0",
        message = "spec.scoring.weights: at least one of distance, cost, load, promise must be greater than 0",
        reason = "FieldValueInvalid")
public class ScoringWeights {

    @Default("1.0")
    @Min(0)
    @Max(1000)
    @JsonPropertyDescription("Weight of the distance from node to customer (nearer is better); >= 0.")
    public Double distance;

    @Default("1.0")
    @Min(0)
    @Max(1000)
    @JsonPropertyDescription("Weight of costPerShipment (cheaper is better); >= 0.")
    public Double cost;

    @Default("1.0")
    @Min(0)
    @Max(1000)
    @JsonPropertyDescription("Weight of the node's load against its capacity (idler is better); >= 0.")
    public Double load;

    @Default("1.0")
    @Min(0)
    @Max(1000)
    @JsonPropertyDescription("Weight of meeting the order's promisedBy date (cut-off and shipping method); >= 0.")
    public Double promise;
}
