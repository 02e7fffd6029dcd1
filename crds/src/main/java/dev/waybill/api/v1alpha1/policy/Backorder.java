package dev.waybill.api.v1alpha1.policy;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.ValidationRule;

/** What happens when no candidate has the stock for an order. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@ValidationRule(value = "self.action != 'Hold' || has(self.maxHoldMinutes)",
        message = "spec.backorder.maxHoldMinutes is required when spec.backorder.action is Hold",
        fieldPath = ".maxHoldMinutes", reason = "FieldValueRequired")
public class Backorder {

    @Default("ManualReview")
    @JsonPropertyDescription("Hold (wait for stock, then route), Reject, or ManualReview (exception queue).")
    public BackorderAction action;

    @Min(1)
    @Max(43200)
    @JsonPropertyDescription("With Hold: minutes to wait for stock before the order goes to manual review.")
    public Integer maxHoldMinutes;
}
