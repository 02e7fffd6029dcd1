package dev.waybill.adapter.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.waybill.adapter.connector.ContractDefinition;
import dev.waybill.adapter.connector.Credential;
import dev.waybill.adapter.connector.VendorCall;
import dev.waybill.adapter.expression.ExpressionException;
import dev.waybill.api.v1alpha1.contract.AdapterContractSpec;

import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Contracts written as YAML in the test, and the canonical input of a create call. */
public final class TestContracts {

    public static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    public static final ObjectMapper JSON = new ObjectMapper();

    /** The SPEC §3 example order. */
    public static final String ORDER = """
            { "schemaVersion": "1", "orderId": "SO-1001", "channel": "web-us",
              "placedAt": "2026-11-27T10:00:00Z", "currency": "USD",
              "customer": { "id": "c-1", "email": "a@example.com", "phone": "+15555550100" },
              "shipTo": { "name": "Ada Lovelace", "line1": "1 Main St", "line2": null, "city": "Springfield",
                          "region": "IL", "postalCode": "62701", "country": "US",
                          "latitude": 39.78, "longitude": -89.65 },
              "shippingMethod": "standard", "promisedBy": "2026-11-30T00:00:00Z",
              "lines": [ { "lineId": "1", "sku": "ABC-123", "quantity": 2, "uom": "EA",
                           "unitPrice": "19.99", "weightKg": 0.5 } ],
              "payment": { "authorizationId": "auth-9", "amount": "39.98" } }
            """;

    private TestContracts() {
    }

    public static AdapterContractSpec spec(String yaml) {
        try {
            return YAML.readValue(yaml, AdapterContractSpec.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ContractDefinition definition(String name, String yaml, String credential) {
        return definition(name, spec(yaml), credential, null);
    }

    public static ContractDefinition definition(String name, AdapterContractSpec spec, String credential,
                                                String webhookSecret) {
        try {
            return ContractDefinition.compile(name, spec, Optional.ofNullable(credential).map(Credential::new),
                    Optional.ofNullable(webhookSecret).map(Credential::new));
        } catch (ExpressionException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> order() {
        try {
            return JSON.readValue(ORDER, Map.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Input of a create for shipment {@code shipmentId} of the example order, at node {@code store-1}. */
    public static Map<String, Object> createInput(String shipmentId) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("order", order());
        input.put("shipment", Map.of("id", shipmentId,
                "lines", List.of(Map.of("lineId", "1", "sku", "ABC-123", "quantity", 2))));
        input.put("node", Map.of("name", "store-1"));
        return input;
    }

    public static VendorCall create(String shipmentId, Set<String> expect) {
        return new VendorCall("create", "key-" + shipmentId, createInput(shipmentId), expect, false, "corr-1");
    }

    public static VendorCall call(String operation, Map<String, Object> input, Set<String> expect,
                                  boolean mayHaveBeenSent) {
        return new VendorCall(operation, "key-" + operation, input, expect, mayHaveBeenSent, "corr-1");
    }
}
