package dev.waybill.operator.fulfillment;

import dev.waybill.operator.store.ShipmentRecord;

import java.util.List;
import java.util.Set;

/**
 * An order's state from its shipments: a pure function, tested as a table. Orders not yet dispatched (Received,
 * Backordered, Rejected, held without shipments) keep their state.
 */
public final class OrderProgress {

    private static final Set<String> BEFORE_SHIPMENTS = Set.of("Received", "Backordered", "Rejected");

    private OrderProgress() {
    }

    /**
     * @param current        the order's state now
     * @param shipments      all of its shipments (rejected ones included: their lines were routed again)
     * @param openExceptions true while a person must decide something about the order
     */
    public static String derive(String current, List<ShipmentRecord> shipments, boolean openExceptions) {
        List<ShipmentRecord> live = shipments.stream()
                .filter(s -> !ShipmentState.Rejected.name().equals(s.state())).toList();
        if (shipments.isEmpty() && BEFORE_SHIPMENTS.contains(current)) {
            return current;
        }
        if (openExceptions) {
            return "OnHold";
        }
        if (live.isEmpty()) {
            return shipments.isEmpty() ? current : "OnHold";
        }
        if (live.stream().anyMatch(OrderProgress::cancelOutstanding)) {
            return "Cancelling";
        }
        if (live.stream().allMatch(s -> state(s).terminal)) {
            return live.stream().allMatch(s -> state(s) == ShipmentState.Cancelled) ? "Cancelled" : "Shipped";
        }
        if (live.stream().anyMatch(s -> s.lines().stream().anyMatch(l -> l.shipped() > 0))) {
            return "PartiallyShipped";
        }
        if (live.stream().anyMatch(s -> state(s).rank >= ShipmentState.Submitted.rank)) {
            return "Dispatched";
        }
        return "Routed";
    }

    private static boolean cancelOutstanding(ShipmentRecord s) {
        return !state(s).terminal && s.lines().stream().anyMatch(l -> l.cancelRequested() > l.cancelled());
    }

    private static ShipmentState state(ShipmentRecord s) {
        return ShipmentState.valueOf(s.state());
    }
}
