package dev.waybill.operator.store;

import java.util.List;

/**
 * A state change of one order, with the audit events and outbox commands it causes; applied only if the order is
 * still at {@code expectedVersion}, so two writers never both win.
 */
public record Transition(OrderRecord next, long expectedVersion, List<AuditEvent> events,
                         List<OutboxCommand> commands) {

    public Transition {
        events = List.copyOf(events);
        commands = List.copyOf(commands);
    }
}
