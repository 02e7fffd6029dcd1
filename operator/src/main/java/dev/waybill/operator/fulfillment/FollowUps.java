package dev.waybill.operator.fulfillment;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waybill.operator.store.OutboxCommand;
import dev.waybill.operator.store.ShipmentRecord;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The compensations a change makes due, as outbox commands: a reservation is released when its shipment ends
 * without shipping (cancelled, refused), and the payment authorization is voided when the whole order ends
 * cancelled. A pure function of the states before and after, so every path that cancels or refuses gets them.
 */
public final class FollowUps {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FollowUps() {
    }

    /**
     * @param voidable true when the order has a payment authorization and its source names a payment contract
     */
    public static List<OutboxCommand> after(String orderRef, List<ShipmentRecord> before, List<ShipmentRecord> after,
                                            String orderBefore, String orderAfter, boolean voidable, Instant at) {
        Map<String, ShipmentRecord> was = before.stream()
                .collect(Collectors.toMap(ShipmentRecord::id, Function.identity(), (a, b) -> a));
        List<OutboxCommand> commands = new ArrayList<>();
        for (ShipmentRecord shipment : after) {
            ShipmentRecord old = was.get(shipment.id());
            boolean endedUnshipped = ShipmentState.Cancelled.name().equals(shipment.state())
                    || ShipmentState.Rejected.name().equals(shipment.state());
            boolean wasOpen = old == null || !ShipmentState.valueOf(old.state()).terminal;
            if (endedUnshipped && wasOpen && shipment.reservationId() != null) {
                commands.add(release(orderRef, shipment, at));
            }
        }
        if (voidable && "Cancelled".equals(orderAfter) && !"Cancelled".equals(orderBefore)) {
            commands.add(OutboxCommand.of(orderRef, "Void", "{}", at));
        }
        return commands;
    }

    /**
     * A Route command for what is left to ship of a refused shipment: {@code {"lines":[{"lineId","quantity"}]}}
     * (the router reads it as a partial order).
     */
    public static OutboxCommand reroute(String orderRef, ShipmentRecord shipment, Instant at) {
        var lines = JSON.createArrayNode();
        shipment.lines().stream().filter(l -> l.toShip() > 0)
                .forEach(l -> lines.addObject().put("lineId", l.lineId()).put("quantity", l.toShip()));
        var payload = JSON.createObjectNode();
        payload.set("lines", lines);
        return OutboxCommand.of(orderRef, "Route", payload.toString(), at);
    }

    /** A command releasing the shipment's reservation (named in the payload: the shipment may forget it). */
    public static OutboxCommand release(String orderRef, ShipmentRecord shipment, Instant at) {
        return OutboxCommand.of(orderRef, "Release", JSON.createObjectNode().put("shipment", shipment.id())
                .put("reservationId", shipment.reservationId()).toString(), at);
    }
}
