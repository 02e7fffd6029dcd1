package dev.waybill.operator.status;

import dev.waybill.api.v1alpha1.meta.Condition;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The one place status conditions are made: in the Kubernetes shape, stamped with the observed generation, and
 * keeping {@code lastTransitionTime} while a condition's status stays the same, so an unchanged resource produces an
 * identical status and the operator writes nothing.
 */
public final class ConditionsBuilder {

    private final Map<String, Condition> previous = new LinkedHashMap<>();
    private final Map<String, Condition> next = new LinkedHashMap<>();
    private final long generation;
    private final Clock clock;

    private ConditionsBuilder(List<Condition> previous, long generation, Clock clock) {
        if (previous != null) {
            previous.forEach(c -> this.previous.put(c.type, c));
        }
        this.generation = generation;
        this.clock = clock;
    }

    /** Starts from the conditions the resource has now. */
    public static ConditionsBuilder from(List<Condition> previous, long generation, Clock clock) {
        return new ConditionsBuilder(previous, generation, clock);
    }

    /** Sets a condition that is True, with a reason saying why. */
    public ConditionsBuilder isTrue(String type, String reason, String message) {
        return set(type, Condition.Status.True, reason, message);
    }

    /** Sets a condition that is False, from the problem that makes it so. */
    public ConditionsBuilder isFalse(String type, Problem problem) {
        return set(type, Condition.Status.False, problem.reason(), problem.describe());
    }

    /** Sets a condition whose truth is not yet known (e.g. a Deployment still rolling out). */
    public ConditionsBuilder isUnknown(String type, String reason, String message) {
        return set(type, Condition.Status.Unknown, reason, message);
    }

    /** Sets a condition True when there is no problem, else False with the first problem. */
    public ConditionsBuilder fromProblems(String type, List<Problem> problems, String okReason, String okMessage) {
        return problems.isEmpty() ? isTrue(type, okReason, okMessage) : isFalse(type, problems.get(0));
    }

    private ConditionsBuilder set(String type, Condition.Status status, String reason, String message) {
        Condition before = previous.get(type);
        String since = before != null && before.status == status && before.lastTransitionTime != null
                ? before.lastTransitionTime
                : Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString();
        next.put(type, new Condition(type, status, reason, message, since, generation));
        return this;
    }

    /** The conditions, in the order they were set; conditions not set again are dropped. */
    public List<Condition> build() {
        return new ArrayList<>(next.values());
    }

    /** Whether the built conditions differ from the previous ones in anything but order. */
    public boolean changed() {
        return !Objects.equals(previous, next);
    }
}
