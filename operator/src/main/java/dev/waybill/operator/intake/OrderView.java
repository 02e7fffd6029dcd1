package dev.waybill.operator.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waybill.operator.store.OrderRecord;
import dev.waybill.operator.store.ShipmentRecord;

import java.util.List;

/**
 * An order as {@code GET /api/v1/orders/{id}} shows it: its lines, its state, and its shipments (one per node it
 * was dispatched to; none until routed).
 */
public record OrderView(String id, String orderId, String channel, String state, JsonNode lines,
                        List<ShipmentView> shipments) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One shipment of an order: the node, its lines with progress, its state and the vendor's reference. */
    public record ShipmentView(String id, String node, JsonNode lines, String state, String vendorReference) {
    }

    /** The view of an order and its shipments; each shipment line shows quantity, shipped and cancelled. */
    static OrderView of(OrderRecord order, List<ShipmentRecord> shipments) {
        try {
            return new OrderView(order.id(), order.orderId(), order.channel(), order.state(),
                    JSON.readTree(order.body()).path("lines"), shipments.stream().map(s -> new ShipmentView(s.id(),
                    s.node(), JSON.valueToTree(s.lines().stream().map(l -> java.util.Map.of("lineId", l.lineId(),
                    "sku", l.sku(), "quantity", l.quantity(), "shipped", l.shipped(), "cancelled", l.cancelled()))
                    .toList()), s.state(), s.vendorReference())).toList());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("a stored order body is always valid JSON", e);
        }
    }
}
