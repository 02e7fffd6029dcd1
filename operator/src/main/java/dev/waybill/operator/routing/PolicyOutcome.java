package dev.waybill.operator.routing;

/** What became of one RoutingPolicy for one order: a stable code in the explanation. */
public enum PolicyOutcome {
    /** The Active policy that routed the order. */
    Chosen,
    /** A Shadow policy that took the order and decided, dispatching nothing. */
    Shadowed,
    /** {@code spec.match} is false for the order. */
    MatchFalse,
    /** The order matched, but falls outside the policy's {@code rollout.percent}. */
    RolloutSkipped,
    /** {@code spec.match} could not be evaluated for the order (e.g. a field the order lacks). */
    EvaluationError,
    /** {@code spec.mode} is Disabled. */
    Disabled
}
