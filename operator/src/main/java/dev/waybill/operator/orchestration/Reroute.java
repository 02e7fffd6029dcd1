package dev.waybill.operator.orchestration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waybill.adapter.model.CanonicalOrder;
import dev.waybill.adapter.model.OrderLine;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A Route command for part of an order: the lines (and quantities) a vendor refused, routed again. The refusing
 * node is not chosen again because its refusal is remembered as stock (see InventorySnapshots#refused).
 *
 * @param lines line id to the quantity to route
 */
record Reroute(Map<String, Integer> lines) {

    /** Orders whose lines are no longer routed again. */
    static final Set<String> CLOSED = Set.of("Cancelled", "Cancelling", "Shipped", "Rejected");
    private static final ObjectMapper JSON = new ObjectMapper();

    static Optional<Reroute> parse(String payload) {
        try {
            JsonNode lines = JSON.readTree(payload).path("lines");
            if (!lines.isArray()) {
                return Optional.empty();
            }
            Map<String, Integer> wanted = new LinkedHashMap<>();
            lines.forEach(l -> wanted.put(l.path("lineId").asText(), l.path("quantity").asInt()));
            return Optional.of(new Reroute(wanted));
        } catch (IOException e) {
            return Optional.empty(); // a plain Route command carries "{}"
        }
    }

    /** The order with only these lines, in these quantities. */
    CanonicalOrder of(CanonicalOrder order) {
        List<OrderLine> kept = order.lines().stream().filter(l -> lines.getOrDefault(l.lineId(), 0) > 0)
                .map(l -> new OrderLine(l.lineId(), l.sku(), lines.get(l.lineId()), l.uom(), l.unitPrice(),
                        l.weightKg())).toList();
        return order.withLines(kept);
    }
}
