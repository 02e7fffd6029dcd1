package dev.waybill.adapter.remote;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waybill.adapter.connector.VendorCall;
import dev.waybill.adapter.model.FieldError;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a {@link VendorCall} from its JSON tree, collecting every wrong field rather than stopping at the first, so a
 * caller fixes a bad body in one go. Members it does not know are ignored: a newer caller may send more.
 */
final class CallReader {

    private static final TypeReference<LinkedHashMap<String, Object>> OBJECT = new TypeReference<>() {
    };

    private final ObjectMapper mapper;
    private final List<FieldError> errors = new ArrayList<>();

    CallReader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    VendorCall read(JsonNode body) throws InvalidCallException {
        if (!body.isObject()) {
            throw new InvalidCallException(List.of(new FieldError(FieldError.BODY, "must be a JSON object",
                    FieldError.INVALID_TYPE)));
        }
        String operation = text(body, "operation", true);
        String idempotencyKey = text(body, "idempotencyKey", true);
        Map<String, Object> input = input(body.get("input"));
        Set<String> expect = expect(body.get("expect"));
        boolean mayHaveBeenSent = flag(body.get("mayHaveBeenSent"));
        String correlationId = text(body, "correlationId", false);
        if (!errors.isEmpty()) {
            throw new InvalidCallException(errors);
        }
        return new VendorCall(operation, idempotencyKey, input, expect, mayHaveBeenSent, correlationId);
    }

    private String text(JsonNode body, String field, boolean required) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                errors.add(new FieldError(field, "is required", FieldError.REQUIRED));
            }
            return null;
        }
        if (!node.isTextual()) {
            errors.add(new FieldError(field, "must be a string", FieldError.INVALID_TYPE));
            return null;
        }
        if (required && node.textValue().isBlank()) {
            errors.add(new FieldError(field, "must not be blank", FieldError.REQUIRED));
        }
        return node.textValue();
    }

    private Map<String, Object> input(JsonNode node) {
        if (node == null || node.isNull()) {
            errors.add(new FieldError("input", "is required", FieldError.REQUIRED));
            return Map.of();
        }
        if (!node.isObject()) {
            errors.add(new FieldError("input", "must be a JSON object", FieldError.INVALID_TYPE));
            return Map.of();
        }
        Map<String, Object> input = mapper.convertValue(node, OBJECT);
        // A VendorCall holds no null members; an absent member reads the same in a mapping.
        input.values().removeIf(value -> value == null);
        return input;
    }

    private Set<String> expect(JsonNode node) {
        Set<String> expect = new LinkedHashSet<>();
        if (node == null || node.isNull()) {
            return expect;
        }
        if (!node.isArray()) {
            errors.add(new FieldError("expect", "must be an array of strings", FieldError.INVALID_TYPE));
            return expect;
        }
        for (int i = 0; i < node.size(); i++) {
            if (node.get(i).isTextual()) {
                expect.add(node.get(i).textValue());
            } else {
                errors.add(new FieldError("expect[" + i + "]", "must be a string", FieldError.INVALID_TYPE));
            }
        }
        return expect;
    }

    /** Required: a caller that does not say whether an earlier delivery went out must not get a blind resend. */
    private boolean flag(JsonNode node) {
        if (node == null || node.isNull()) {
            errors.add(new FieldError("mayHaveBeenSent", "is required", FieldError.REQUIRED));
            return false;
        }
        if (!node.isBoolean()) {
            errors.add(new FieldError("mayHaveBeenSent", "must be true or false", FieldError.INVALID_TYPE));
            return false;
        }
        return node.booleanValue();
    }
}
