package dev.waybill.operator.fulfillment;

import dev.waybill.operator.store.ShipmentLine;
import dev.waybill.operator.store.ShipmentRecord;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The shipment state machine: how a vendor's report moves a shipment. A pure function, tested as a table. Reports
 * may come twice or out of order: a report that would move the shipment back is {@link Outcome#Stale}; quantities
 * only grow and never exceed what is left to ship.
 */
public final class ShipmentProgress {

    /** What the report did. */
    public enum Outcome { Advanced, Stale, Rejected }

    /** The shipment after the report, and what the report did. */
    public record Result(ShipmentRecord shipment, Outcome outcome) {
    }

    private ShipmentProgress() {
    }

    public static Result apply(ShipmentRecord shipment, VendorReport report, Instant at) {
        ShipmentState current = ShipmentState.valueOf(shipment.state());
        ShipmentState reported = report.state();
        if (current.terminal) {
            return new Result(shipment, Outcome.Stale);
        }
        if (reported == ShipmentState.Rejected) {
            return new Result(shipment.withState(ShipmentState.Rejected.name(), at), Outcome.Rejected);
        }
        if (reported == ShipmentState.Cancelled) {
            return new Result(cancelRest(shipment, at), Outcome.Advanced);
        }
        if (reported == ShipmentState.Shipped || reported == ShipmentState.PartiallyShipped) {
            return ship(shipment, report, at);
        }
        if (reported.rank <= current.rank) {
            return new Result(shipment, Outcome.Stale);
        }
        return new Result(shipment.withState(reported.name(), at), Outcome.Advanced);
    }

    /**
     * Adds what the vendor reports shipped, never more than is open (quantities asked to be cancelled stay out
     * until the vendor answers the cancellation). "Shipped" means nothing more will ship: all that is open shipped.
     */
    private static Result ship(ShipmentRecord shipment, VendorReport report, Instant at) {
        boolean everything = report.state() == ShipmentState.Shipped;
        Map<String, Integer> remaining = new HashMap<>(report.quantities());
        List<ShipmentLine> lines = new ArrayList<>();
        boolean grew = false;
        for (ShipmentLine line : shipment.lines()) {
            int more = everything ? line.open() : Math.min(line.open(), remaining.getOrDefault(line.sku(), 0));
            remaining.computeIfPresent(line.sku(), (sku, left) -> left - more);
            grew |= more > 0;
            lines.add(new ShipmentLine(line.lineId(), line.sku(), line.quantity(), line.shipped() + more,
                    line.cancelled(), line.cancelRequested()));
        }
        if (!grew) {
            return new Result(shipment, Outcome.Stale);
        }
        boolean allShipped = lines.stream().allMatch(l -> l.toShip() == 0);
        String state = allShipped ? ShipmentState.Shipped.name() : ShipmentState.PartiallyShipped.name();
        return new Result(shipment.withLines(lines, at).withState(state, at), Outcome.Advanced);
    }

    /** The vendor cancelled what it had not shipped: Cancelled if nothing shipped, else Shipped (in part). */
    static ShipmentRecord cancelRest(ShipmentRecord shipment, Instant at) {
        List<ShipmentLine> lines = shipment.lines().stream().map(l -> new ShipmentLine(l.lineId(), l.sku(),
                l.quantity(), l.shipped(), l.quantity() - l.shipped(), Math.max(l.cancelRequested(),
                l.quantity() - l.shipped()))).toList();
        boolean anyShipped = lines.stream().anyMatch(l -> l.shipped() > 0);
        return shipment.withLines(lines, at).withState(anyShipped ? ShipmentState.Shipped.name()
                : ShipmentState.Cancelled.name(), at);
    }
}
