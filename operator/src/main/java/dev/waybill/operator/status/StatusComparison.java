package dev.waybill.operator.status;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Whether a freshly built status says anything new. Compared as JSON trees, the form the API server stores, so a
 * status that would serialize the same is never written again.
 */
public final class StatusComparison {

    private static final ObjectMapper JSON = new ObjectMapper();

    private StatusComparison() {
    }

    /** True when writing {@code next} over {@code current} would change the stored status. */
    public static boolean differs(Object current, Object next) {
        return !JSON.valueToTree(current).equals(JSON.valueToTree(next));
    }
}
