package dev.waybill.simulator;

import java.util.ArrayList;
import java.util.List;

/**
 * The progression timing as posted to and read from {@code /_sim/timing}; a null field (in a request) means
 * "leave as it is".
 */
public record TimingSettings(Long acceptDelayMillis, Long shipDelayMillis, Boolean auto, Long timeoutHoldMillis) {

    /** Problems with this request, each naming its field; empty when valid. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        checkNotNegative(problems, "acceptDelayMillis", acceptDelayMillis);
        checkNotNegative(problems, "shipDelayMillis", shipDelayMillis);
        checkNotNegative(problems, "timeoutHoldMillis", timeoutHoldMillis);
        return problems;
    }

    /** Whether vendors move on by themselves. */
    public boolean automatic() {
        return Boolean.TRUE.equals(auto);
    }

    private static void checkNotNegative(List<String> problems, String field, Long value) {
        if (value != null && value < 0) {
            problems.add(field + ": must be >= 0");
        }
    }
}
