package dev.waybill.operator.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waybill.adapter.model.FieldError;
import dev.waybill.operator.fulfillment.CancelRequest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the body of {@code POST /api/v1/orders/{id}/cancel}: {@code {}} (or no body) for the whole order, or
 * {@code {"lines":[{"lineId","quantity"}]}}; every problem named by its field.
 */
final class CancelBody {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A request, or the field errors that refuse it. */
    record Read(CancelRequest request, List<FieldError> errors) {
    }

    private CancelBody() {
    }

    static Read read(byte[] body) {
        if (body == null || body.length == 0) {
            return new Read(CancelRequest.whole(), List.of());
        }
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (IOException e) {
            return refused("body", "not valid JSON", "InvalidType");
        }
        if (root == null || !root.isObject()) {
            return refused("body", "must be a JSON object", "InvalidType");
        }
        JsonNode lines = root.path("lines");
        if (lines.isMissingNode() || lines.isNull()) {
            return new Read(CancelRequest.whole(), List.of());
        }
        if (!lines.isArray() || lines.isEmpty()) {
            return refused("lines", "must be a non-empty array (omit it to cancel the whole order)", "InvalidType");
        }
        return lines(lines);
    }

    private static Read lines(JsonNode lines) {
        Map<String, Integer> wanted = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            JsonNode line = lines.get(i);
            String at = "lines[" + i + "]";
            JsonNode id = line.path("lineId");
            JsonNode quantity = line.path("quantity");
            if (!id.isTextual() || id.asText().isBlank()) {
                errors.add(new FieldError(at + ".lineId", "required, a string", "Required"));
            } else if (wanted.containsKey(id.asText())) {
                errors.add(new FieldError(at + ".lineId", "line " + id.asText() + " is named twice", "Duplicate"));
            }
            if (!quantity.isIntegralNumber() || !quantity.canConvertToInt() || quantity.asInt() < 1) {
                errors.add(new FieldError(at + ".quantity", "required, an integer of at least 1", "OutOfRange"));
            }
            if (id.isTextual() && quantity.canConvertToInt()) {
                wanted.putIfAbsent(id.asText(), quantity.asInt());
            }
        }
        return new Read(new CancelRequest(wanted), errors);
    }

    private static Read refused(String field, String message, String code) {
        return new Read(CancelRequest.whole(), List.of(new FieldError(field, message, code)));
    }
}
