package dev.waybill.api.v1alpha1.policy;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Size;

/** A routing policy: which orders it takes (match), and how it chooses nodes for them. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class RoutingPolicySpec {

    @Default("100")
    @Min(0)
    @Max(1000000)
    @JsonPropertyDescription("Evaluation order: the matching policy with the highest priority routes the order.")
    public Integer priority;

    @Default("true")
    @Size(min = 1, max = 4096)
    @JsonPropertyDescription("CEL expression over `order` (the canonical order) that selects the orders this policy routes, "
            + "e.g. order.shipTo.country == 'US' && order.shippingMethod == 'same-day'.")
    public String match;

    @Default("Active")
    @JsonPropertyDescription("Active routes orders; Shadow decides and records, compared with the Active decision, "
            + "without dispatching; Disabled is skipped.")
    public PolicyMode mode;

    @JsonPropertyDescription("Gradual rollout of this policy.")
    public Rollout rollout;

    @JsonPropertyDescription("Which nodes may take the orders.")
    public Candidates candidates;

    @JsonPropertyDescription("How candidate nodes are ranked.")
    public Scoring scoring;

    @JsonPropertyDescription("Whether an order may be split across nodes.")
    public Split split;

    @JsonPropertyDescription("What happens when no candidate has the stock.")
    public Backorder backorder;

    @Default("ManualReview")
    @JsonPropertyDescription("What happens when no node qualifies: ManualReview (exception queue) or Reject.")
    public NoCandidateAction onNoCandidate;

    @JsonPropertyDescription("Service level objectives; a breach turns the Degraded condition True with the figure.")
    public PolicySlo slo;
}
