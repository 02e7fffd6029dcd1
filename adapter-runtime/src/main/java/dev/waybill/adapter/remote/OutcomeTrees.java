package dev.waybill.adapter.remote;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.waybill.adapter.connector.Attempt;
import dev.waybill.adapter.connector.FailureClass;
import dev.waybill.adapter.connector.VendorOutcome;
import dev.waybill.adapter.connector.VendorOutcome.Failed;
import dev.waybill.adapter.connector.VendorOutcome.Succeeded;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link VendorOutcome} as a JSON tree and back: {@code outcome} says which kind, then every component by its
 * record name, {@code attempts[]} with {@code at} as ISO-8601. Reading is strict (a member of the wrong type is an
 * error), since the two ends are the same release of this library.
 */
final class OutcomeTrees {

    private static final TypeReference<LinkedHashMap<String, Object>> OBJECT = new TypeReference<>() {
    };

    private final ObjectMapper mapper;

    OutcomeTrees(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    ObjectNode write(VendorOutcome outcome) {
        ObjectNode tree = mapper.createObjectNode();
        if (outcome instanceof Succeeded s) {
            tree.put("outcome", "Succeeded");
            tree.set("response", mapper.valueToTree(s.response()));
            tree.put("httpStatus", s.httpStatus());
            tree.put("resolvedByLookup", s.resolvedByLookup());
        } else if (outcome instanceof Failed f) {
            tree.put("outcome", "Failed");
            tree.put("failureClass", f.failureClass().name());
            tree.put("reason", f.reason());
            tree.put("message", f.message());
            tree.put("httpStatus", f.httpStatus());
            tree.put("vendorAnswer", f.vendorAnswer());
            tree.put("maskedRequest", f.maskedRequest());
            tree.put("refusal", f.refusal());
            // Derived, for people reading the answer; readers recompute it from the attempts.
            tree.put("mayHaveReachedVendor", f.mayHaveReachedVendor());
        }
        ArrayNode attempts = tree.putArray("attempts");
        outcome.attempts().forEach(a -> attempts.addObject().put("at", a.at().toString())
                .put("operation", a.operation()).put("errorClass", a.errorClass())
                .put("httpStatus", a.httpStatus()).put("millis", a.millis()));
        return tree;
    }

    /** @throws IllegalArgumentException naming the member that is missing or of the wrong type */
    VendorOutcome read(JsonNode tree) {
        if (!tree.isObject()) {
            throw new IllegalArgumentException("outcome: not a JSON object");
        }
        List<Attempt> attempts = attempts(tree.get("attempts"));
        String kind = text(tree, "outcome", true);
        if (kind.equals("Succeeded")) {
            JsonNode response = tree.get("response");
            if (response != null && !response.isNull() && !response.isObject()) {
                throw new IllegalArgumentException("response: not a JSON object");
            }
            Map<String, Object> answer = response == null || response.isNull() ? Map.of()
                    : mapper.convertValue(response, OBJECT);
            return new Succeeded(answer, number(tree, "httpStatus", true),
                    tree.path("resolvedByLookup").asBoolean(false), attempts);
        }
        if (kind.equals("Failed")) {
            return new Failed(failureClass(text(tree, "failureClass", true)), text(tree, "reason", true),
                    text(tree, "message", false), number(tree, "httpStatus", false),
                    text(tree, "vendorAnswer", false), text(tree, "maskedRequest", false),
                    text(tree, "refusal", false), attempts);
        }
        throw new IllegalArgumentException("outcome: neither Succeeded nor Failed");
    }

    private List<Attempt> attempts(JsonNode node) {
        List<Attempt> attempts = new ArrayList<>();
        if (node == null || node.isNull()) {
            return attempts;
        }
        if (!node.isArray()) {
            throw new IllegalArgumentException("attempts: not an array");
        }
        for (JsonNode a : node) {
            attempts.add(new Attempt(instant(text(a, "at", true)), text(a, "operation", true),
                    text(a, "errorClass", false), number(a, "httpStatus", false), a.path("millis").asLong(0)));
        }
        return attempts;
    }

    private static String text(JsonNode tree, String field, boolean required) {
        JsonNode node = tree.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                throw new IllegalArgumentException(field + ": missing");
            }
            return null;
        }
        if (!node.isTextual()) {
            throw new IllegalArgumentException(field + ": not a string");
        }
        return node.textValue();
    }

    private static Integer number(JsonNode tree, String field, boolean required) {
        JsonNode node = tree.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                throw new IllegalArgumentException(field + ": missing");
            }
            return null;
        }
        if (!node.isInt()) {
            throw new IllegalArgumentException(field + ": not an integer");
        }
        return node.intValue();
    }

    private static FailureClass failureClass(String name) {
        try {
            return FailureClass.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("failureClass: unknown value " + name, e);
        }
    }

    private static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("attempts[].at: not an ISO-8601 instant", e);
        }
    }
}
