package dev.waybill.operator.dispatch;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waybill.operator.store.OrderRecord;
import dev.waybill.operator.store.ShipmentLine;
import dev.waybill.operator.store.ShipmentRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The document a contract's request mappings read: {@code order} (the canonical order; the connector keeps only the
 * contract's allowed fields), {@code shipment} ({@code id}, {@code lines[]} with what is still to ship,
 * {@code vendorReference}, {@code reservationId}), {@code node.name}, and for a cancellation {@code lines[]}.
 */
final class CallInput {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CallInput() {
    }

    static Map<String, Object> of(OrderRecord order, ShipmentRecord shipment) {
        return of(order, shipment, shipment.lines().stream().filter(l -> l.toShip() > 0)
                .map(l -> new ShipmentLine(l.lineId(), l.sku(), l.toShip(), 0, 0, 0)).toList(), false);
    }

    /** The input of a cancellation of {@code lines} (quantities to cancel). */
    static Map<String, Object> cancel(OrderRecord order, ShipmentRecord shipment, List<ShipmentLine> lines) {
        return of(order, shipment, lines, true);
    }

    /** The input of an order-level call (a payment void). */
    static Map<String, Object> order(OrderRecord order) {
        return Map.of("order", body(order));
    }

    private static Map<String, Object> of(OrderRecord order, ShipmentRecord shipment, List<ShipmentLine> lines,
                                          boolean cancel) {
        Map<String, Object> s = new HashMap<>();
        s.put("id", shipment.id());
        s.put("vendorReference", shipment.vendorReference());
        s.put("reservationId", shipment.reservationId());
        List<Map<String, Object>> shipLines = (cancel ? shipment.lines().stream().filter(l -> l.toShip() > 0)
                .map(l -> new ShipmentLine(l.lineId(), l.sku(), l.toShip(), 0, 0, 0)).toList() : lines)
                .stream().map(CallInput::line).toList();
        s.put("lines", shipLines);
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("order", body(order));
        input.put("shipment", s);
        input.put("node", Map.of("name", shipment.node()));
        input.put("lines", lines.stream().map(CallInput::line).toList());
        if (shipment.vendorReference() != null) {
            input.put("vendorReference", shipment.vendorReference());
        }
        if (shipment.reservationId() != null) {
            input.put("reservationId", shipment.reservationId());
        }
        return input;
    }

    private static Map<String, Object> line(ShipmentLine l) {
        return Map.of("lineId", l.lineId(), "sku", l.sku(), "quantity", l.quantity());
    }

    private static Map<String, Object> body(OrderRecord order) {
        try {
            return JSON.readValue(order.body(), new TypeReference<Map<String, Object>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException("a stored order body is always valid JSON", e);
        }
    }
}
