package dev.waybill.adapter.webhook;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** An inbound request's headers, looked up by name in any case (HTTP header names are case-insensitive). */
final class WebhookHeaders {

    private final Map<String, List<String>> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    WebhookHeaders(Map<String, List<String>> headers) {
        if (headers != null) {
            headers.forEach((name, values) -> {
                if (name != null && values != null) {
                    byName.merge(name.toLowerCase(Locale.ROOT), List.copyOf(values), (a, b) -> a);
                }
            });
        }
    }

    /** The first value of {@code name}, when present and not blank. */
    Optional<String> first(String name) {
        List<String> values = byName.get(name);
        return values == null ? Optional.empty() : values.stream().filter(v -> v != null && !v.isBlank()).findFirst();
    }
}
