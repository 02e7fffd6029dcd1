package dev.waybill.operator.fulfillment;

import dev.waybill.operator.store.ShipmentLine;
import dev.waybill.operator.store.ShipmentRecord;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a cancellation can be done at all, before anything is planned: a pure function, tested as a table.
 * Unknown lines are a client error (422); asking to cancel what already shipped, or an order already at its end,
 * is a conflict with the order's state (409).
 */
public final class CancelCheck {

    /** Why a cancellation is refused: the HTTP status, the field at fault, and a message for people. */
    public record Refusal(int status, String field, String message) {
    }

    private static final Set<String> FINAL = Set.of("Shipped", "Cancelled", "Rejected");
    private static final Set<String> BEFORE_ROUTING = Set.of("Received", "Backordered");

    private CancelCheck() {
    }

    /**
     * @param orderLines the order's line ids with their quantities
     */
    public static List<Refusal> check(String orderState, Map<String, Integer> orderLines,
                                      List<ShipmentRecord> shipments, CancelRequest request) {
        if (FINAL.contains(orderState)) {
            return List.of(new Refusal(409, "state", "the order is " + orderState + "; nothing is left to cancel"));
        }
        if (!request.isWhole() && shipments.isEmpty()) {
            return List.of(new Refusal(409, "lines", "the order is " + orderState
                    + " and not yet routed: cancel it whole, or cancel lines once it is routed"));
        }
        if (request.isWhole()) {
            boolean anyOpen = BEFORE_ROUTING.contains(orderState) || shipments.isEmpty()
                    || shipments.stream().anyMatch(s -> s.lines().stream().anyMatch(l -> l.open() > 0));
            return anyOpen ? List.of() : List.of(new Refusal(409, "lines",
                    "every line has shipped or is being cancelled already"));
        }
        List<Refusal> refusals = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, Integer> asked : request.lines().entrySet()) {
            lineRefusal(i++, asked.getKey(), asked.getValue(), orderLines, shipments).ifPresent(refusals::add);
        }
        return refusals;
    }

    private static Optional<Refusal> lineRefusal(int index, String lineId, int quantity,
                                                 Map<String, Integer> orderLines, List<ShipmentRecord> shipments) {
        String at = "lines[" + index + "]";
        if (!orderLines.containsKey(lineId)) {
            return Optional.of(new Refusal(422, at + ".lineId", "the order has no line " + lineId));
        }
        if (quantity < 1) {
            return Optional.of(new Refusal(422, at + ".quantity", "must be at least 1"));
        }
        int open = 0;
        int shipped = 0;
        for (ShipmentRecord shipment : shipments) {
            for (ShipmentLine line : shipment.lines()) {
                if (line.lineId().equals(lineId) && !ShipmentState.Rejected.name().equals(shipment.state())) {
                    open += line.open();
                    shipped += line.shipped();
                }
            }
        }
        if (quantity > open) {
            return Optional.of(new Refusal(409, at + ".quantity", "only " + open + " of line " + lineId
                    + " can still be cancelled (" + shipped + " shipped, the rest cancelled or being cancelled)"));
        }
        return Optional.empty();
    }
}
