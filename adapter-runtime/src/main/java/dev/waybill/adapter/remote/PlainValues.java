package dev.waybill.adapter.remote;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waybill.adapter.model.CanonicalOrder;
import dev.waybill.adapter.model.OrderJson;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A call's input as the embedded connector's mappings would see it: a {@link CanonicalOrder} in its schemaVersion
 * "1" form and a BigDecimal as a decimal string (money), so a mapping gives the same request whether the adapter runs
 * in the operator or behind {@code /v1/calls}. Anything else is written as Jackson writes it.
 */
final class PlainValues {

    private PlainValues() {
    }

    static Map<String, Object> of(Map<String, Object> input, ObjectMapper mapper) {
        Map<String, Object> plain = new LinkedHashMap<>();
        input.forEach((key, value) -> plain.put(key, value(value, mapper)));
        return plain;
    }

    private static Object value(Object value, ObjectMapper mapper) {
        if (value == null || value instanceof String || value instanceof Boolean
                || (value instanceof Number && !(value instanceof BigDecimal))) {
            return value;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof CanonicalOrder order) {
            return OrderJson.toMap(order);
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> plain = new LinkedHashMap<>();
            map.forEach((key, item) -> plain.put(String.valueOf(key), value(item, mapper)));
            return plain;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(item -> value(item, mapper)).toList();
        }
        return mapper.convertValue(value, Object.class);
    }
}
