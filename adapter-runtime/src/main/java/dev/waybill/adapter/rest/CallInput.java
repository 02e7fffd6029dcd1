package dev.waybill.adapter.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.waybill.adapter.model.CanonicalOrder;
import dev.waybill.adapter.model.OrderJson;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A call's input in the form JSONata evaluates: nested Maps, Lists, Strings, Numbers and Booleans. A
 * {@link CanonicalOrder} becomes its schemaVersion "1" JSON form, a BigDecimal a decimal string (money, as that form
 * writes it); any other object
 * (records, Jackson trees) is converted as Jackson writes it.
 */
final class CallInput {

    /** Where the input carries the canonical order, the only part the data policy restricts. */
    static final String ORDER = "order";

    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private CallInput() {
    }

    static Map<String, Object> plain(Map<String, Object> input) {
        Map<String, Object> plain = new LinkedHashMap<>();
        input.forEach((key, value) -> plain.put(key, plainValue(value)));
        return plain;
    }

    private static Object plainValue(Object value) {
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
            map.forEach((key, item) -> plain.put(String.valueOf(key), plainValue(item)));
            return plain;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(CallInput::plainValue).toList();
        }
        return MAPPER.convertValue(value, Object.class);
    }
}
