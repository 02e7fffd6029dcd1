package dev.waybill.api.v1alpha1.policy;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.ValidationRule;

/** Whether and how far an order may be split across nodes. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@ValidationRule(value = "!self.allowed || (has(self.maxShipments) && self.maxShipments >= 1)",
        message = "spec.split.maxShipments must be at least 1 when spec.split.allowed is true",
        fieldPath = ".maxShipments", reason = "FieldValueInvalid")
public class Split {

    @Default("false")
    @JsonPropertyDescription("Whether an order may ship from more than one node.")
    public Boolean allowed;

    @Max(50)
    @JsonPropertyDescription("Most shipments one order may be split into; at least 1 when allowed.")
    public Integer maxShipments;
}
