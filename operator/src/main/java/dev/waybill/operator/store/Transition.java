package dev.waybill.operator.store;

import java.util.List;
import java.util.Optional;

/**
 * A state change of one order, with the audit events and outbox commands it causes, and the outbox command it
 * finishes (if it was caused by one); applied only if the order is still at {@code expectedVersion}, so two
 * writers never both win.
 */
public record Transition(OrderRecord next, long expectedVersion, List<AuditEvent> events,
                         List<OutboxCommand> commands, Optional<Long> completes) {

    public Transition {
        events = List.copyOf(events);
        commands = List.copyOf(commands);
    }

    /** A change not caused by an outbox command (e.g. a person's decision, a vendor webhook). */
    public Transition(OrderRecord next, long expectedVersion, List<AuditEvent> events, List<OutboxCommand> commands) {
        this(next, expectedVersion, events, commands, Optional.empty());
    }
}
