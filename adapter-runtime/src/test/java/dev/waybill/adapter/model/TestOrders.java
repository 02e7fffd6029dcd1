package dev.waybill.adapter.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Test orders: the SPEC §3 example, edited at JSON paths such as {@code lines[0].quantity}. */
final class TestOrders {

    /** Keeps 1e309 and 99999999999999999999 exact, as they would arrive on the wire. */
    static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private static final String SPEC_EXAMPLE = """
            { "schemaVersion": "1", "orderId": "SO-1001", "channel": "web-us",
              "placedAt": "2026-11-27T10:00:00Z", "currency": "USD",
              "customer": { "id": "c-1", "email": "a@example.com", "phone": "+15555550100" },
              "shipTo": { "name": "A B", "line1": "1 Main St", "line2": null, "city": "Springfield",
                          "region": "IL", "postalCode": "62701", "country": "US",
                          "latitude": 39.78, "longitude": -89.65 },
              "shippingMethod": "standard", "promisedBy": "2026-11-30T00:00:00Z",
              "lines": [ { "lineId": "1", "sku": "ABC-123", "quantity": 2, "uom": "EA",
                           "unitPrice": "19.99", "weightKg": 0.5 } ],
              "payment": { "authorizationId": "auth-9", "amount": "39.98" } }
            """;
    private static final Pattern STEP = Pattern.compile("([^.\\[]+)(?:\\[(\\d+)])?");

    private TestOrders() {
    }

    static ObjectNode valid() {
        return (ObjectNode) json(SPEC_EXAMPLE);
    }

    static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The valid order with the member at {@code path} set to the JSON {@code value}, or removed when null. */
    static ObjectNode with(String path, String value) {
        return with(valid(), path, value == null ? null : json(value));
    }

    static ObjectNode with(ObjectNode order, String path, JsonNode value) {
        String[] steps = path.split("\\.");
        JsonNode parent = order;
        for (int i = 0; i < steps.length - 1; i++) {
            parent = step(parent, steps[i]);
        }
        Matcher last = STEP.matcher(steps[steps.length - 1]);
        if (!last.matches()) {
            throw new IllegalArgumentException(path);
        }
        ObjectNode target = (ObjectNode) parent;
        if (value == null) {
            target.remove(last.group(1));
        } else {
            target.set(last.group(1), value);
        }
        return order;
    }

    private static JsonNode step(JsonNode node, String step) {
        Matcher m = STEP.matcher(step);
        if (!m.matches()) {
            throw new IllegalArgumentException(step);
        }
        JsonNode child = node.get(m.group(1));
        return m.group(2) == null ? child : child.get(Integer.parseInt(m.group(2)));
    }

    /** An order with {@code count} copies of the example line, lineIds 1..count. */
    static ObjectNode withLines(int count) {
        ObjectNode order = valid();
        ArrayNode lines = order.putArray("lines");
        for (int i = 1; i <= count; i++) {
            ObjectNode line = (ObjectNode) valid().get("lines").get(0);
            lines.add(line.put("lineId", String.valueOf(i)));
        }
        return order;
    }

    static byte[] bytes(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The repository root: the nearest directory above the working directory that has examples/orders. */
    static Path repoRoot() {
        for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("examples/orders"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no examples/orders above " + System.getProperty("user.dir"));
    }
}
