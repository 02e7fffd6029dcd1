package dev.waybill.operator.routing;

import dev.waybill.api.v1alpha1.policy.PolicyMode;
import dev.waybill.adapter.datapolicy.OrderDataPolicy;
import dev.waybill.adapter.expression.ExpressionEvaluationException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Chooses the policies that decide an order. Policies are taken by priority (highest first, ties by name). The
 * Active policy is the first Active one whose {@code match} holds and whose rollout takes the order; one whose
 * rollout leaves the order out falls through to the next. Every Shadow policy whose match holds and whose rollout
 * takes the order decides too, dispatching nothing. Disabled policies are skipped. A {@code match} that cannot be
 * evaluated for the order counts as not matching, with the error recorded.
 */
final class PolicySelector {

    /** The policies that decide, and a verdict for each policy considered. */
    record Selection(PolicyRules active, List<PolicyRules> shadows, List<PolicyVerdict> verdicts) {
    }

    private PolicySelector() {
    }

    static Selection select(PolicyRules[] policies, String orderId, Map<String, Object> orderAsMap) {
        PolicyRules active = null;
        List<PolicyRules> shadows = new ArrayList<>();
        List<PolicyVerdict> verdicts = new ArrayList<>();
        for (PolicyRules p : policies) {
            if (p.mode == PolicyMode.Disabled) {
                verdicts.add(verdict(p, PolicyOutcome.Disabled, null));
                continue;
            }
            if (p.mode == PolicyMode.Active && active != null) {
                continue; // never evaluated: a higher-priority Active policy took the order
            }
            PolicyVerdict skipped = skipped(p, orderId, orderAsMap);
            if (skipped != null) {
                verdicts.add(skipped);
            } else if (p.mode == PolicyMode.Shadow) {
                shadows.add(p);
                verdicts.add(verdict(p, PolicyOutcome.Shadowed, null));
            } else {
                active = p;
                verdicts.add(verdict(p, PolicyOutcome.Chosen, null));
            }
        }
        return new Selection(active, List.copyOf(shadows), List.copyOf(verdicts));
    }

    /** Why the policy does not take the order, or null when it does. */
    static PolicyVerdict skipped(PolicyRules p, String orderId, Map<String, Object> orderAsMap) {
        try {
            if (p.match != null && !p.match.test(orderAsMap)) {
                return verdict(p, PolicyOutcome.MatchFalse, null);
            }
        } catch (ExpressionEvaluationException e) {
            // CEL quotes the value it could not read ("For input string: \"99731-0477\""), and the verdict is kept
            // in the audit trail: the order's personal fields are masked out of it
            return verdict(p, PolicyOutcome.EvaluationError,
                    OrderDataPolicy.defaults().scrubber(orderAsMap, List.of()).scrubText(e.getMessage()));
        }
        if (!RolloutBuckets.takes(p.rolloutPercent, p.name, orderId)) {
            String detail = p.rolloutPercent <= 0 ? "rollout.percent is 0"
                    : "bucket " + RolloutBuckets.bucket(p.name, orderId) + " is not below rollout.percent "
                    + p.rolloutPercent;
            return verdict(p, PolicyOutcome.RolloutSkipped, detail);
        }
        return null;
    }

    private static PolicyVerdict verdict(PolicyRules p, PolicyOutcome outcome, String detail) {
        return new PolicyVerdict(p.name, p.mode, p.priority, outcome, detail);
    }
}
