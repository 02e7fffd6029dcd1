package dev.waybill.simulator;

/**
 * The faults a vendor is told to show, as posted to {@code /_sim/faults}. Rates are 0-1.
 */
public record Faults(String vendor, Integer latencyMillis, Double errorRate, Double timeoutAfterAcceptRate,
                     Double rateLimitRate, Double duplicateWebhookRate, Double outOfOrderRate, Boolean down) {

    /** Problems with this request, empty when it is valid. */
    public java.util.List<String> problems() {
        java.util.List<String> problems = new java.util.ArrayList<>();
        if (vendor == null || vendor.isBlank()) {
            problems.add("vendor: required");
        }
        if (latencyMillis != null && latencyMillis < 0) {
            problems.add("latencyMillis: must be >= 0");
        }
        checkRate(problems, "errorRate", errorRate);
        checkRate(problems, "timeoutAfterAcceptRate", timeoutAfterAcceptRate);
        checkRate(problems, "rateLimitRate", rateLimitRate);
        checkRate(problems, "duplicateWebhookRate", duplicateWebhookRate);
        checkRate(problems, "outOfOrderRate", outOfOrderRate);
        return problems;
    }

    private static void checkRate(java.util.List<String> problems, String field, Double rate) {
        if (rate != null && (rate < 0 || rate > 1)) {
            problems.add(field + ": must be between 0 and 1");
        }
    }
}
