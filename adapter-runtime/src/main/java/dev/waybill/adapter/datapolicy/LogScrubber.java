package dev.waybill.adapter.datapolicy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Removes known sensitive values (an order's masked fields, credentials) from text meant for people: a vendor's
 * answer quoted in an exception, a request shown masked, a message. A string equal to such a value, in any case,
 * becomes {@link OrderDataPolicy#MASK}; inside longer text each form {@link ValueForms} knows of it is replaced in
 * place (a vendor may echo a name inside a sentence, upper-cased, or by its first name only). Values shorter than
 * {@link #MIN_EMBEDDED_LENGTH} characters are only masked where they stand alone, or every "1" in a text would
 * vanish. The patterns are built on first use: most calls succeed and never need them.
 */
public final class LogScrubber {

    /** The shortest value that is also searched for inside longer strings. */
    public static final int MIN_EMBEDDED_LENGTH = 4;
    /** Longest text kept of a vendor's answer: 2 KiB. */
    public static final int MAX_ANSWER_CHARS = 2048;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final List<String> personal;
    private final List<String> secrets;
    private final Set<String> personalLowerCase;
    private List<Pattern> patterns;

    LogScrubber(List<String> personal, List<String> secrets) {
        this.personal = personal.stream().filter(v -> !v.isEmpty()).distinct().toList();
        this.secrets = secrets.stream().filter(v -> !v.isEmpty()).distinct().toList();
        this.personalLowerCase = this.personal.stream().map(v -> v.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** A scrubber that knows no value: it only truncates. */
    public static LogScrubber none() {
        return new LogScrubber(List.of(), List.of());
    }

    /** {@code text} with the known values masked; null stays null. */
    public String scrubText(String text) {
        if (text == null) {
            return null;
        }
        if (secrets.contains(text) || personalLowerCase.contains(text.toLowerCase(Locale.ROOT))) {
            return OrderDataPolicy.MASK;
        }
        String scrubbed = text;
        for (Pattern pattern : patterns()) {
            scrubbed = pattern.matcher(scrubbed).replaceAll(OrderDataPolicy.MASK);
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

    private List<Pattern> patterns() {
        if (patterns == null) {
            List<ValueForms.Form> forms = new ArrayList<>();
            personal.forEach(value -> forms.addAll(ValueForms.personal(value)));
            secrets.forEach(value -> forms.addAll(ValueForms.secret(value)));
            patterns = forms.stream().sorted(Comparator.comparingInt(ValueForms.Form::length).reversed())
                    .map(ValueForms.Form::pattern).toList();
        }
        return patterns;
    }

    private static String truncate(String text) {
        return text.length() <= MAX_ANSWER_CHARS ? text : text.substring(0, MAX_ANSWER_CHARS - 1) + "…";
    }
}
