package dev.waybill.adapter.rest;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills an operation path's {@code {name}} placeholders ({@code /uploads/{poNumber}},
 * {@code /v1/fulfillments?clientReference={clientReference}}) from the top level of the mapped request, each value
 * URL-encoded so it stays one path segment or query value.
 */
final class PathTemplate {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]+)}");

    private PathTemplate() {
    }

    /** The path with every placeholder replaced. */
    static String fill(String path, Object mappedRequest) throws MappingFailure {
        Matcher matcher = PLACEHOLDER.matcher(path);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            Object value = mappedRequest instanceof Map<?, ?> map ? map.get(name) : null;
            matcher.appendReplacement(filled, Matcher.quoteReplacement(encode(text(name, value))));
        }
        matcher.appendTail(filled);
        return filled.toString();
    }

    private static String text(String name, Object value) throws MappingFailure {
        if (value == null || value instanceof Map<?, ?> || value instanceof List<?>) {
            throw new MappingFailure("path placeholder {" + name + "} has no value in the mapped request");
        }
        String text = value instanceof Number number ? plain(number) : String.valueOf(value);
        if (text.isBlank()) {
            throw new MappingFailure("path placeholder {" + name + "} is empty in the mapped request");
        }
        return text;
    }

    /** Whole numbers without a fraction: JSONata computes in doubles, and 42.0 is not the id 42. */
    private static String plain(Number number) {
        BigDecimal decimal;
        try {
            decimal = new BigDecimal(number.toString()).stripTrailingZeros();
        } catch (NumberFormatException notFinite) {
            return number.toString();
        }
        return decimal.scale() <= 0 ? decimal.toBigInteger().toString() : decimal.toPlainString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
