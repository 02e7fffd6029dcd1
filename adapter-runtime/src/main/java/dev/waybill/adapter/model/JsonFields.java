package dev.waybill.adapter.model;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The members of one JSON object in an incoming order, read with their rules. Every problem is recorded as a
 * {@link FieldError} at the member's path and the read yields {@code null}, so one pass collects every error.
 * Nothing here recurses into values it does not expect, so deeply nested input costs no stack.
 */
final class JsonFields {

    /** Whether a member must be present. */
    enum Presence { REQUIRED, OPTIONAL }

    private static final Pattern SIMPLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]{0,63}");

    private final JsonNode object;
    private final String path;
    private final List<FieldError> errors;

    JsonFields(JsonNode object, String path, List<FieldError> errors) {
        this.object = object;
        this.path = path;
        this.errors = errors;
    }

    /** The path of member {@code name}, such as {@code shipTo.country}. */
    String pathOf(String name) {
        String member = SIMPLE_NAME.matcher(name).matches() ? name : quoted(name);
        return path.isEmpty() ? member : path + (member.startsWith("[") ? "" : ".") + member;
    }

    void error(String name, String code, String message) {
        errors.add(new FieldError(pathOf(name), message, code));
    }

    /** Whether the member is present and not {@code null}. */
    boolean has(String name) {
        JsonNode value = object.get(name);
        return value != null && !value.isNull();
    }

    /** Refuses members outside {@code known}: a misspelt name would otherwise drop its value without a word. */
    void rejectUnknown(Set<String> known) {
        object.fieldNames().forEachRemaining(name -> {
            if (!known.contains(name)) {
                error(name, FieldError.UNKNOWN_FIELD, "is not a field of the canonical order v1");
            }
        });
    }

    /** The member, or {@code null} when absent or null (then an error if it is required). */
    JsonNode member(String name, Presence presence) {
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) {
            if (presence == Presence.REQUIRED) {
                error(name, FieldError.REQUIRED, "is required");
            }
            return null;
        }
        return value;
    }

    /** A nested object, to be read with the same error list. */
    JsonFields object(String name, Presence presence) {
        JsonNode value = member(name, presence);
        if (value == null || !isType(name, value, value.isObject(), "an object")) {
            return null;
        }
        return new JsonFields(value, pathOf(name), errors);
    }

    /** An array member; the caller reads its elements. */
    JsonNode array(String name, Presence presence) {
        JsonNode value = member(name, presence);
        return value != null && isType(name, value, value.isArray(), "an array") ? value : null;
    }

    /** A string member checked and normalised by {@code rule}. */
    String text(String name, Presence presence, TextRule rule) {
        JsonNode value = member(name, presence);
        if (value == null || !isType(name, value, value.isTextual(), "a string")) {
            return null;
        }
        String raw = value.textValue();
        if (TextChecks.hasForbiddenCharacter(raw)) {
            error(name, FieldError.INVALID_FORMAT, "must not contain control characters or unpaired surrogates");
            return null;
        }
        String text = rule.normaliser().apply(raw);
        return TextChecks.check(this, name, presence, rule, text) ? text : null;
    }

    /** A JSON integer (a fraction is refused; 2.0 counts as 2, as in JSON Schema) between min and max inclusive. */
    Long integer(String name, Presence presence, long min, long max) {
        BigDecimal number = number(name, presence);
        if (number == null) {
            return null;
        }
        if (number.signum() != 0 && number.scale() > 0 && number.stripTrailingZeros().scale() > 0) {
            error(name, FieldError.INVALID_TYPE, "must be an integer");
            return null;
        }
        return inRange(name, number, BigDecimal.valueOf(min), BigDecimal.valueOf(max)) ? number.longValueExact() : null;
    }

    /** A finite JSON number between min and max inclusive. */
    Double decimal(String name, Presence presence, double min, double max) {
        BigDecimal number = number(name, presence);
        return number != null && inRange(name, number, BigDecimal.valueOf(min), BigDecimal.valueOf(max))
                ? number.doubleValue() : null;
    }

    private BigDecimal number(String name, Presence presence) {
        JsonNode value = member(name, presence);
        if (value == null || !isType(name, value, value.isNumber(), "a number")) {
            return null;
        }
        BigDecimal exact = exactValue(value);
        if (exact == null) {
            error(name, FieldError.OUT_OF_RANGE, "must be a finite number");
        }
        return exact;
    }

    // Comparing exact decimals (never doubles) keeps 1e309 and 99999999999999999999 out instead of wrapping them.
    private boolean inRange(String name, BigDecimal number, BigDecimal min, BigDecimal max) {
        if (number.compareTo(min) < 0 || number.compareTo(max) > 0) {
            error(name, FieldError.OUT_OF_RANGE, "must be between " + min.toPlainString() + " and "
                    + max.stripTrailingZeros().toPlainString());
            return false;
        }
        return true;
    }

    private boolean isType(String name, JsonNode value, boolean matches, String expected) {
        if (!matches) {
            error(name, FieldError.INVALID_TYPE, "must be " + expected + ", not " + typeName(value));
        }
        return matches;
    }

    // A tree built by a caller's own mapper may hold doubles, where 1e309 has already become Infinity.
    private static BigDecimal exactValue(JsonNode value) {
        if (value.isIntegralNumber()) {
            return new BigDecimal(value.bigIntegerValue());
        }
        if (value.isBigDecimal()) {
            return value.decimalValue();
        }
        double d = value.doubleValue();
        return Double.isFinite(d) ? BigDecimal.valueOf(d) : null;
    }

    private static String typeName(JsonNode value) {
        return value.getNodeType().name().toLowerCase(Locale.ROOT);
    }

    // Member names come from the client: print odd ones escaped and bounded, never raw.
    private static String quoted(String name) {
        StringBuilder out = new StringBuilder("[\"");
        name.codePoints().limit(64).forEach(c -> {
            if (c < 0x20 || c == '"' || c == '\\' || Character.isISOControl(c)
                    || Character.getType(c) == Character.SURROGATE) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.append(name.codePointCount(0, name.length()) > 64 ? "...\"]" : "\"]").toString();
    }
}
