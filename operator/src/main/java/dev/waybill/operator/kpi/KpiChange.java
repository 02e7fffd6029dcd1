package dev.waybill.operator.kpi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Objects;

/**
 * Whether freshly computed KPIs are worth a status write against those the resource shows. {@code updatedAt} never
 * is. Neither is an age that merely grew ({@code oldestBacklogSeconds} from one non-zero value to another): an
 * order waiting would otherwise rewrite the status every tick while nothing else happens; the age is refreshed
 * whenever anything else is written, and a backlog that empties or starts counts as a change. Pure.
 */
final class KpiChange {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AGE = "oldestBacklogSeconds";

    private KpiChange() {
    }

    /** True when {@code next} says something {@code current} (null: none written yet) does not. */
    static boolean differs(Object current, Object next) {
        ObjectNode before = tree(current);
        ObjectNode after = tree(next);
        before.remove("updatedAt");
        after.remove("updatedAt");
        if (before.path(AGE).asLong(0) > 0 && after.path(AGE).asLong(0) > 0) {
            before.remove(AGE);
            after.remove(AGE);
        }
        return !before.equals(after);
    }

    /** True when the circuit differs from what the contract shows (an absent one differs from any). */
    static boolean differs(Enum<?> current, Enum<?> next) {
        return !Objects.equals(current == null ? null : current.name(), next == null ? null : next.name());
    }

    private static ObjectNode tree(Object value) {
        return value == null ? JSON.createObjectNode() : JSON.valueToTree(value);
    }
}
