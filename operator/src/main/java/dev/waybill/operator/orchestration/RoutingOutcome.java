package dev.waybill.operator.orchestration;

import dev.waybill.api.v1alpha1.policy.BackorderAction;
import dev.waybill.api.v1alpha1.policy.NoCandidateAction;
import dev.waybill.operator.routing.RouteDecision;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What a routing decision does to an order: its next state, and when (if ever) it is routed again. A pure
 * function of the decision, tested as a table.
 *
 * @param state     the order's next state
 * @param rerouteAt when a held backorder is evaluated again
 * @param reason    a stable code for the audit trail (and, later, the exception queue)
 */
public record RoutingOutcome(String state, Optional<Instant> rerouteAt, String reason) {

    /** How often a held backorder looks for stock again. */
    static final Duration HOLD_RECHECK = Duration.ofMinutes(5);

    /** True when a person must decide: the order waits on hold in the exception queue. */
    public boolean needsPerson() {
        return "OnHold".equals(state);
    }

    public static RoutingOutcome of(RouteDecision decision, Instant now) {
        if (decision instanceof RouteDecision.Routed routed) {
            return new RoutingOutcome("Routed", Optional.empty(), routed.split() ? "RoutedSplit" : "Routed");
        }
        if (decision instanceof RouteDecision.Backordered backordered) {
            return backorder(backordered, now);
        }
        if (decision instanceof RouteDecision.NoCandidate none) {
            return none.action() == NoCandidateAction.Reject
                    ? new RoutingOutcome("Rejected", Optional.empty(), "NoCandidate")
                    : new RoutingOutcome("OnHold", Optional.empty(), "NoCandidate");
        }
        return new RoutingOutcome("OnHold", Optional.empty(), "NoPolicy");
    }

    /**
     * Lines routed again after a vendor refused them: routed, or else a person decides (holding or rejecting part
     * of an order that is already at vendors is not the policy's call).
     */
    public static RoutingOutcome ofReroute(RouteDecision decision, Instant now) {
        if (decision instanceof RouteDecision.Routed) {
            return of(decision, now);
        }
        return new RoutingOutcome("OnHold", Optional.empty(), "NoCandidate");
    }

    private static RoutingOutcome backorder(RouteDecision.Backordered backordered, Instant now) {
        if (backordered.action() == BackorderAction.Reject) {
            return new RoutingOutcome("Rejected", Optional.empty(), "Backorder");
        }
        if (backordered.action() == BackorderAction.Hold && backordered.holdUntil().isAfter(now)) {
            Instant next = now.plus(HOLD_RECHECK);
            return new RoutingOutcome("Backordered",
                    Optional.of(next.isBefore(backordered.holdUntil()) ? next : backordered.holdUntil()), "Backorder");
        }
        return new RoutingOutcome("OnHold", Optional.empty(), "Backorder");
    }
}
