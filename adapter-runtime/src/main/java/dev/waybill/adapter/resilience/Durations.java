package dev.waybill.adapter.resilience;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the Kubernetes-style durations of the CRDs ({@code "200ms"}, {@code "2s"}, {@code "1m"}, {@code "1h30m"},
 * {@code "1.5s"}): the units {@code ms}, {@code s}, {@code m}, {@code h}, each part a decimal number.
 */
public final class Durations {

    private static final Pattern PART = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)(ms|s|m|h)");
    private static final Pattern WHOLE = Pattern.compile("(?:" + PART.pattern() + ")+");

    private Durations() {
    }

    /**
     * Parses {@code text}.
     *
     * @throws IllegalArgumentException when it is not such a duration; the CRD schema refuses those, so this only
     *                                  happens to specs that bypassed the API server
     */
    public static Duration parse(String text) {
        if (text == null || !WHOLE.matcher(text).matches()) {
            throw new IllegalArgumentException("not a duration (e.g. 200ms, 2s, 1m, 1h30m): " + text);
        }
        BigDecimal nanos = BigDecimal.ZERO;
        Matcher part = PART.matcher(text);
        while (part.find()) {
            nanos = nanos.add(new BigDecimal(part.group(1)).multiply(BigDecimal.valueOf(nanosPer(part.group(2)))));
        }
        return Duration.ofNanos(nanos.longValueExact());
    }

    /** {@link #parse(String)}, or {@code fallback} when {@code text} is null (a field the spec left out). */
    public static Duration parseOr(String text, Duration fallback) {
        return text == null ? fallback : parse(text);
    }

    private static long nanosPer(String unit) {
        return switch (unit) {
            case "ms" -> 1_000_000L;
            case "s" -> 1_000_000_000L;
            case "m" -> 60_000_000_000L;
            default -> 3_600_000_000_000L;
        };
    }
}
