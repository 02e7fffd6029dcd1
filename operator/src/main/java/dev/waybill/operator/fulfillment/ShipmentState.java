package dev.waybill.operator.fulfillment;

import java.util.Optional;

/**
 * Where a shipment stands. States only move forward (by {@link #rank}): a vendor's event that would move a
 * shipment back (an acceptance arriving after the shipment) is stale and changes nothing.
 */
public enum ShipmentState {
    /** Routed to a node, not yet (known to be) at the vendor. */
    Pending(0, false),
    /** The vendor has it. */
    Submitted(1, false),
    /** The vendor accepted it. */
    Accepted(2, false),
    /** Some of it shipped. */
    PartiallyShipped(3, false),
    /** Everything not cancelled shipped. */
    Shipped(4, true),
    /** Nothing of it will ship. */
    Cancelled(4, true),
    /** The vendor refused it; its lines were routed again or went to a person. */
    Rejected(4, true);

    public final int rank;
    public final boolean terminal;

    ShipmentState(int rank, boolean terminal) {
        this.rank = rank;
        this.terminal = terminal;
    }

    /** The state named {@code name}, if it is one (vendor statuses come through the contract's statusMapping). */
    public static Optional<ShipmentState> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        for (ShipmentState state : values()) {
            if (state.name().equals(name)) {
                return Optional.of(state);
            }
        }
        return Optional.empty();
    }
}
