package dev.waybill.operator.routing;

import dev.waybill.api.v1alpha1.policy.PolicyMode;

/**
 * One RoutingPolicy's part in a decision.
 *
 * @param detail why, for humans: the rollout bucket, or the CEL evaluation error; null when nothing to add
 */
public record PolicyVerdict(String policy, PolicyMode mode, int priority, PolicyOutcome outcome, String detail) {
}
