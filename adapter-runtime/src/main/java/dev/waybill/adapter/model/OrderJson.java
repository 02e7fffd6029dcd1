package dev.waybill.adapter.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link CanonicalOrder} in its schemaVersion "1" form: as JSON (what the API returns and adapters send),
 * and as nested {@code Map}s and {@code List}s, the form CEL and JSONata expressions evaluate. Money is a decimal
 * string with its scale kept ("24.00"), instants are ISO-8601 UTC ("2026-11-27T10:00:00Z"), the shipping method is
 * its JSON name ("same-day"), quantities are {@code Long} and coordinates and weights {@code Double}. Absent
 * ({@code null}) members are left out rather than written as null, so {@code has(order.payment)} tells presence.
 * What it writes, {@link OrderReader} reads back to an equal order.
 */
public final class OrderJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private OrderJson() {
    }

    /** The order as JSON text. */
    public static String toJson(CanonicalOrder order) {
        try {
            return MAPPER.writeValueAsString(toMap(order));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e); // maps of strings and boxed numbers always serialise
        }
    }

    /** The order as UTF-8 JSON. */
    public static byte[] toBytes(CanonicalOrder order) {
        try {
            return MAPPER.writeValueAsBytes(toMap(order));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The order as a Jackson tree. */
    public static ObjectNode toJsonNode(CanonicalOrder order) {
        return MAPPER.valueToTree(toMap(order));
    }

    /** The order as unmodifiable nested maps and lists, keys in schema order. */
    public static Map<String, Object> toMap(CanonicalOrder order) {
        Map<String, Object> map = new LinkedHashMap<>();
        put(map, "schemaVersion", order.schemaVersion());
        put(map, "orderId", order.orderId());
        put(map, "channel", order.channel());
        put(map, "placedAt", instant(order.placedAt()));
        put(map, "currency", order.currency());
        put(map, "customer", order.customer() == null ? null : customer(order.customer()));
        put(map, "shipTo", order.shipTo() == null ? null : address(order.shipTo()));
        put(map, "shippingMethod", order.shippingMethod() == null ? null : V1Rules.wireName(order.shippingMethod()));
        put(map, "promisedBy", instant(order.promisedBy()));
        List<Object> lines = new ArrayList<>(order.lines().size());
        order.lines().forEach(line -> lines.add(line(line)));
        put(map, "lines", Collections.unmodifiableList(lines));
        put(map, "payment", order.payment() == null ? null : payment(order.payment()));
        return Collections.unmodifiableMap(map);
    }

    private static Map<String, Object> customer(Customer customer) {
        Map<String, Object> map = new LinkedHashMap<>();
        put(map, "id", customer.id());
        put(map, "email", customer.email());
        put(map, "phone", customer.phone());
        return Collections.unmodifiableMap(map);
    }

    private static Map<String, Object> address(Address address) {
        Map<String, Object> map = new LinkedHashMap<>();
        put(map, "name", address.name());
        put(map, "line1", address.line1());
        put(map, "line2", address.line2());
        put(map, "city", address.city());
        put(map, "region", address.region());
        put(map, "postalCode", address.postalCode());
        put(map, "country", address.country());
        put(map, "latitude", address.latitude());
        put(map, "longitude", address.longitude());
        return Collections.unmodifiableMap(map);
    }

    private static Map<String, Object> line(OrderLine line) {
        Map<String, Object> map = new LinkedHashMap<>();
        put(map, "lineId", line.lineId());
        put(map, "sku", line.sku());
        put(map, "quantity", (long) line.quantity());
        put(map, "uom", line.uom());
        put(map, "unitPrice", money(line.unitPrice()));
        put(map, "weightKg", line.weightKg());
        return Collections.unmodifiableMap(map);
    }

    private static Map<String, Object> payment(Payment payment) {
        Map<String, Object> map = new LinkedHashMap<>();
        put(map, "authorizationId", payment.authorizationId());
        put(map, "amount", money(payment.amount()));
        return Collections.unmodifiableMap(map);
    }

    // toPlainString: "1E+3" would be refused by the reader, and the scale ("24.00") is part of the value.
    private static String money(BigDecimal amount) {
        return amount == null ? null : amount.toPlainString();
    }

    private static String instant(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static void put(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
