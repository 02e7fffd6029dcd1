package dev.waybill.operator.expression;

import dev.waybill.adapter.expression.ExpressionEvaluationException;
import dev.cel.common.values.NullValue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a Jackson-style value (nested Maps and Lists of String, Integer/Long, Double, Boolean, null) into the
 * values the CEL runtime expects.
 *
 * <p>Needed because CEL's {@code int} is only {@link Long} (an {@link Integer} quantity matches no overload of
 * {@code >}), and CEL 0.14 does not read a Java {@code null} inside a map as CEL {@code null}: the planner runtime
 * fails the whole evaluation with an empty message (even when the expression never reads that field), the legacy
 * one returns "unknown". The copy is per evaluation; the caller's map is never modified.
 */
final class CelInputs {

    private CelInputs() {
    }

    static Object toCel(Object value) {
        if (value == null) {
            return NullValue.NULL_VALUE;
        }
        if (value instanceof String || value instanceof Boolean || value instanceof Long
                || value instanceof Double) {
            return value;
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new HashMap<>(map.size() * 2);
            map.forEach((key, item) -> copy.put(key, toCel(item)));
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(item -> copy.add(toCel(item)));
            return copy;
        }
        return toCelNumber(value);
    }

    private static Object toCelNumber(Object value) {
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof BigInteger big && big.bitLength() < Long.SIZE) {
            return big.longValue();
        }
        if (value instanceof Float || value instanceof BigDecimal) {
            return ((Number) value).doubleValue();
        }
        throw new ExpressionEvaluationException("a CEL predicate cannot read a value of type "
                + value.getClass().getName());
    }
}
