package dev.waybill.operator.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Set;

/**
 * Whether a freshly built status says anything new. Compared as JSON trees, the form the API server stores, so a
 * status that would serialize the same is never written again. The fields the KPI writer owns ({@code kpis},
 * {@code circuitState}) are left out: reconcilers never write them, so a difference there is not theirs to fix.
 */
public final class StatusComparison {

    /** Status fields written by the KPI writer with a merge patch, never by a reconciler. */
    public static final Set<String> LIVE_FIELDS = Set.of("kpis", "circuitState");

    private static final ObjectMapper JSON = new ObjectMapper();

    private StatusComparison() {
    }

    /** True when writing {@code next} over {@code current} would change the part of the status reconcilers own. */
    public static boolean differs(Object current, Object next) {
        return !withoutLiveFields(current).equals(withoutLiveFields(next));
    }

    /** The status as a JSON tree without the KPI writer's fields. */
    public static JsonNode withoutLiveFields(Object status) {
        JsonNode tree = JSON.valueToTree(status);
        if (tree instanceof ObjectNode object) {
            object.remove(LIVE_FIELDS);
        }
        return tree;
    }
}
