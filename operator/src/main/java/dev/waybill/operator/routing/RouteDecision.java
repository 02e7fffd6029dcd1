package dev.waybill.operator.routing;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.waybill.api.v1alpha1.policy.BackorderAction;
import dev.waybill.api.v1alpha1.policy.NoCandidateAction;

import java.time.Instant;
import java.util.List;

/**
 * What the router decided for one order. In JSON the variant is the {@code outcome} property.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "outcome")
@JsonSubTypes({
        @JsonSubTypes.Type(value = RouteDecision.Routed.class, name = "Routed"),
        @JsonSubTypes.Type(value = RouteDecision.Backordered.class, name = "Backordered"),
        @JsonSubTypes.Type(value = RouteDecision.NoCandidate.class, name = "NoCandidate"),
        @JsonSubTypes.Type(value = RouteDecision.NoPolicy.class, name = "NoPolicy")})
public sealed interface RouteDecision {

    /** The shipments this decision dispatches; empty unless {@link Routed}. */
    default List<Shipment> shipments() {
        return List.of();
    }

    /**
     * The order goes to these nodes: one shipment, or several when the policy allows a split.
     *
     * @param policy the RoutingPolicy's name
     */
    record Routed(String policy, List<Shipment> shipments) implements RouteDecision {
        public Routed {
            shipments = List.copyOf(shipments);
        }

        public boolean split() {
            return shipments.size() > 1;
        }
    }

    /**
     * Candidates exist, but no plan the policy allows has every line in stock; {@code action} is the policy's
     * {@code backorder.action}.
     *
     * @param holdUntil      with {@link BackorderAction#Hold}: when waiting for stock ends and the order goes to
     *                       manual review ({@code now + maxHoldMinutes}); null otherwise
     * @param unstockedLines lines no candidate holds in the quantity ordered (may be empty: every line is in stock
     *                       somewhere, but splitting is not allowed or would need more than maxShipments)
     */
    record Backordered(String policy, BackorderAction action, Instant holdUntil, List<String> unstockedLines)
            implements RouteDecision {
        public Backordered {
            unstockedLines = List.copyOf(unstockedLines);
        }
    }

    /** Every node of the namespace was excluded; {@code action} is the policy's {@code onNoCandidate}. */
    record NoCandidate(String policy, NoCandidateAction action) implements RouteDecision {
    }

    /** No Active policy of the namespace matched the order (or every match's rollout left it out). */
    record NoPolicy() implements RouteDecision {
    }
}
