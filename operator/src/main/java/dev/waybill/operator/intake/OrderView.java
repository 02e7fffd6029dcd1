package dev.waybill.operator.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waybill.operator.store.OrderRecord;

import java.util.List;

/**
 * An order as {@code GET /api/v1/orders/{id}} shows it: its lines, its state, and its shipments (one per node it
 * was dispatched to; none until routed).
 */
public record OrderView(String id, String orderId, String channel, String state, JsonNode lines,
                        List<ShipmentView> shipments) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One shipment of an order. */
    public record ShipmentView(String id, String node, JsonNode lines, String state, String vendorReference) {
    }

    static OrderView of(OrderRecord order) {
        try {
            return new OrderView(order.id(), order.orderId(), order.channel(), order.state(),
                    JSON.readTree(order.body()).path("lines"), List.of());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("a stored order body is always valid JSON", e);
        }
    }
}
