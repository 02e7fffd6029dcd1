package dev.waybill.adapter.datapolicy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Removes known sensitive values (an order's {@code maskInLogs} fields, credentials) from text meant for people: a
 * vendor's answer quoted in an exception, a request shown masked. A string equal to such a value becomes
 * {@link OrderDataPolicy#MASK}; a longer string that contains one of at least {@link #MIN_EMBEDDED_LENGTH}
 * characters has it replaced in place (a vendor may echo a name inside a sentence). Shorter values are only masked
 * where they stand alone, or every "1" in a text would vanish.
 */
public final class LogScrubber {

    /** The shortest value that is also searched for inside longer strings. */
    public static final int MIN_EMBEDDED_LENGTH = 4;
    /** Longest text kept of a vendor's answer: 2 KiB. */
    public static final int MAX_ANSWER_CHARS = 2048;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Set<String> exact;
    private final List<String> embedded;

    LogScrubber(List<String> values) {
        this.exact = values.stream().filter(v -> !v.isEmpty()).collect(Collectors.toUnmodifiableSet());
        this.embedded = exact.stream().filter(v -> v.length() >= MIN_EMBEDDED_LENGTH)
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** A scrubber that knows no value: it only truncates. */
    public static LogScrubber none() {
        return new LogScrubber(List.of());
    }

    /** {@code text} with the known values masked; null stays null. */
    public String scrubText(String text) {
        if (text == null || exact.contains(text)) {
            return text == null ? null : OrderDataPolicy.MASK;
        }
        String scrubbed = text;
        for (String value : embedded) {
            scrubbed = scrubbed.replace(value, OrderDataPolicy.MASK);
        }
        return scrubbed;
    }

    /** A copy of a JSON value (Maps, Lists, scalars) with every string and number scrubbed. */
    public Object scrubJson(Object node) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, value) -> copy.put(String.valueOf(key), scrubJson(value)));
            return copy;
        }
        if (node instanceof List<?> list) {
            return list.stream().map(this::scrubJson).toList();
        }
        if (node instanceof String || node instanceof Number) {
            String text = String.valueOf(node);
            String scrubbed = scrubText(text);
            return scrubbed.equals(text) ? node : scrubbed;
        }
        return node;
    }

    /**
     * A vendor's answer as people may read it: scrubbed (as JSON when it parses, else as text), then cut to
     * {@link #MAX_ANSWER_CHARS}. Null or empty bodies give null.
     */
    public String scrubAnswer(byte[] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        String text = new String(body, StandardCharsets.UTF_8);
        String scrubbed;
        try {
            scrubbed = MAPPER.writeValueAsString(scrubJson(MAPPER.readValue(text, Object.class)));
        } catch (JsonProcessingException notJson) {
            scrubbed = scrubText(text);
        }
        return truncate(scrubbed);
    }

    /** JSON text of a value, scrubbed; null when there is none. */
    public String scrubbedJson(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return truncate(MAPPER.writeValueAsString(scrubJson(value)));
        } catch (JsonProcessingException e) {
            return null; // Maps, Lists and scalars always serialise; nothing better to show otherwise
        }
    }

    private static String truncate(String text) {
        return text.length() <= MAX_ANSWER_CHARS ? text : text.substring(0, MAX_ANSWER_CHARS - 1) + "…";
    }
}
