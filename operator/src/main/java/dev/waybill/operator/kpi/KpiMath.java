package dev.waybill.operator.kpi;

import java.time.Duration;
import java.time.Instant;
import java.util.OptionalDouble;

/**
 * How figures are shown in {@code status.kpis}: percentages as whole numbers (absent when nothing was counted, so an
 * idle window shows no rate rather than a false 0 or 100), latencies in milliseconds to a precision that does not
 * rewrite the status for noise, ages in whole seconds. Pure.
 */
final class KpiMath {

    private KpiMath() {
    }

    /** {@code part} of {@code whole} in percent, 0-100, rounded; null when {@code whole} is 0. */
    static Integer percent(long part, long whole) {
        if (whole <= 0) {
            return null;
        }
        long rounded = Math.round(100.0 * Math.max(0, part) / whole);
        return (int) Math.min(100, rounded);
    }

    /**
     * A latency in milliseconds at two significant figures at most (0.12, 3.4, 56, 780, 1200): enough to judge an
     * SLO, coarse enough that a steady latency gives a steady figure.
     */
    static Double millis(OptionalDouble value) {
        if (value.isEmpty()) {
            return null;
        }
        double ms = value.getAsDouble();
        if (ms <= 0) {
            return 0.0;
        }
        double scale = Math.pow(10, Math.floor(Math.log10(ms)) - 1);
        double rounded = Math.round(ms / scale) * scale;
        // printing 0.12 rather than 0.12000000000000001
        return Double.valueOf(String.format(java.util.Locale.ROOT, "%.6g", rounded));
    }

    /** Whole seconds from {@code since} to {@code now}, 0 when there is nothing or it lies ahead. */
    static long ageSeconds(Instant since, Instant now) {
        return since == null ? 0 : Math.max(0, Duration.between(since, now).toSeconds());
    }
}
