package dev.waybill.simulator;

import java.util.ArrayList;
import java.util.List;

/**
 * The faults a vendor is told to show, as posted to {@code /_sim/faults}. Rates are 0-1; an omitted field means no
 * such fault.
 */
public record Faults(String vendor, Integer latencyMillis, Double errorRate, Double timeoutAfterAcceptRate,
                     Double rateLimitRate, Double duplicateWebhookRate, Double outOfOrderRate, Boolean down,
                     Double refuseEchoRate) {

    /** A vendor behaving well. */
    public static Faults none(String vendor) {
        return new Faults(vendor, 0, 0.0, 0.0, 0.0, 0.0, 0.0, false, 0.0);
    }

    /** The same faults with every omitted field spelled out, so readers need not null-check. */
    public Faults normalized() {
        return new Faults(vendor, orZero(latencyMillis), orZero(errorRate), orZero(timeoutAfterAcceptRate),
                orZero(rateLimitRate), orZero(duplicateWebhookRate), orZero(outOfOrderRate),
                Boolean.TRUE.equals(down), orZero(refuseEchoRate));
    }

    /** Whether the vendor is down: every call answered 503, webhooks held. */
    public boolean isDown() {
        return Boolean.TRUE.equals(down);
    }

    /** Problems with this request, empty when it is valid. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (vendor == null || vendor.isBlank()) {
            problems.add("vendor: required");
        } else if (Vendor.byId(vendor).isEmpty()) {
            problems.add("vendor: unknown, expected one of " + Vendor.ids());
        }
        if (latencyMillis != null && latencyMillis < 0) {
            problems.add("latencyMillis: must be >= 0");
        }
        checkRate(problems, "errorRate", errorRate);
        checkRate(problems, "timeoutAfterAcceptRate", timeoutAfterAcceptRate);
        checkRate(problems, "rateLimitRate", rateLimitRate);
        checkRate(problems, "duplicateWebhookRate", duplicateWebhookRate);
        checkRate(problems, "outOfOrderRate", outOfOrderRate);
        checkRate(problems, "refuseEchoRate", refuseEchoRate);
        return problems;
    }

    private static void checkRate(List<String> problems, String field, Double rate) {
        if (rate != null && (rate.isNaN() || rate < 0 || rate > 1)) {
            problems.add(field + ": must be between 0 and 1");
        }
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    private static double orZero(Double value) {
        return value == null ? 0.0 : value;
    }
}
