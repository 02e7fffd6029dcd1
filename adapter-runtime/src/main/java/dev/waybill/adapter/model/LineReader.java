package dev.waybill.adapter.model;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static dev.waybill.adapter.model.JsonFields.Presence.OPTIONAL;
import static dev.waybill.adapter.model.JsonFields.Presence.REQUIRED;

/** Reads the order's {@code lines}: 1 to 500 of them, each with a lineId unique within the order. */
final class LineReader {

    private final List<FieldError> errors;
    private final Map<String, Integer> lineIndexById = new HashMap<>();

    private LineReader(List<FieldError> errors) {
        this.errors = errors;
    }

    /** The lines, or an empty list when absent or unusable (the errors are recorded). */
    static List<OrderLine> lines(JsonFields order, List<FieldError> errors) {
        JsonNode array = order.array("lines", REQUIRED);
        if (array == null) {
            return List.of();
        }
        if (array.isEmpty() || array.size() > V1Rules.MAX_LINES) {
            // Past the limit the elements are not read: an error per line of a huge body helps nobody.
            order.error("lines", FieldError.OUT_OF_RANGE, "must hold 1 to " + V1Rules.MAX_LINES + " lines");
            return List.of();
        }
        LineReader reader = new LineReader(errors);
        List<OrderLine> lines = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            OrderLine line = reader.line(array.get(i), order.pathOf("lines") + "[" + i + "]", i);
            if (line != null) {
                lines.add(line);
            }
        }
        return lines;
    }

    private OrderLine line(JsonNode node, String path, int index) {
        if (!node.isObject()) {
            String type = node.getNodeType().name().toLowerCase(Locale.ROOT);
            errors.add(new FieldError(path, "must be an object, not " + type, FieldError.INVALID_TYPE));
            return null;
        }
        int before = errors.size();
        JsonFields fields = new JsonFields(node, path, errors);
        fields.rejectUnknown(V1Rules.LINE_FIELDS);
        OrderLine line = new OrderLine(lineId(fields, index),
                fields.text("sku", REQUIRED, V1Rules.SKU),
                quantity(fields),
                uom(fields),
                EncodedScalars.money(fields, "unitPrice", REQUIRED),
                fields.decimal("weightKg", OPTIONAL, 0, V1Rules.MAX_WEIGHT_KG));
        return errors.size() == before ? line : null;
    }

    private String lineId(JsonFields fields, int index) {
        String id = fields.text("lineId", REQUIRED, V1Rules.IDENTIFIER);
        Integer first = id == null ? null : lineIndexById.putIfAbsent(id, index);
        if (first != null) {
            fields.error("lineId", FieldError.DUPLICATE, "repeats the lineId of lines[" + first + "]");
        }
        return id;
    }

    private static int quantity(JsonFields fields) {
        Long quantity = fields.integer("quantity", REQUIRED, 1, V1Rules.MAX_QUANTITY);
        return quantity == null ? 0 : quantity.intValue();
    }

    // Channels spell units many ways; one canonical spelling keeps inventory arithmetic from mixing "pcs" and "EA".
    private static String uom(JsonFields fields) {
        String uom = fields.text("uom", OPTIONAL, V1Rules.UOM);
        if (uom == null) {
            return fields.has("uom") ? null : V1Rules.DEFAULT_UOM;
        }
        String canonical = V1Rules.UOM_ALIASES.get(uom.trim().toLowerCase(Locale.ROOT));
        if (canonical == null) {
            fields.error("uom", FieldError.INVALID_VALUE,
                    "must be one of EA, KG, BOX (or each, pc, pcs, piece, kgs, bx)");
        }
        return canonical;
    }
}
