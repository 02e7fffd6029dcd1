package dev.waybill.operator.expression;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** Canonical orders as Jackson reads them (Integer quantities, Double coordinates, JSON null), for the tests. */
final class SampleOrders {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The canonical order of the API documentation (SO-1001): standard shipping to Illinois, line2 null. */
    static final String SO_1001 = """
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

    private SampleOrders() {
    }

    /** A fresh, mutable copy of SO-1001 on every call. */
    static Map<String, Object> so1001() {
        return parse(SO_1001);
    }

    static Map<String, Object> parse(String json) {
        try {
            return JSON.readValue(json, new TypeReference<Map<String, Object>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> child(Map<String, Object> parent, String key) {
        return (Map<String, Object>) parent.get(key);
    }
}
