package dev.waybill.operator.store;

import java.util.List;
import java.util.Optional;

/**
 * A state change of one order, with everything it causes, written in one transaction: the audit events, the outbox
 * commands, the shipments and exception entries it creates or changes, the vendor events it consumes (each taken at
 * most once), and the outbox command it finishes (if it was caused by one). Applied only if the order is still at
 * {@code expectedVersion}, so two writers never both win.
 */
public record Transition(OrderRecord next, long expectedVersion, List<AuditEvent> events,
                         List<OutboxCommand> commands, Optional<Long> completes, List<ShipmentRecord> shipments,
                         List<ExceptionRecord> exceptions, List<String> inboundEvents) {

    public Transition {
        events = List.copyOf(events);
        commands = List.copyOf(commands);
        shipments = List.copyOf(shipments);
        exceptions = List.copyOf(exceptions);
        inboundEvents = List.copyOf(inboundEvents);
    }

    /** A change caused by an outbox command (or not: {@code completes} empty) that touches only the order. */
    public Transition(OrderRecord next, long expectedVersion, List<AuditEvent> events, List<OutboxCommand> commands,
                      Optional<Long> completes) {
        this(next, expectedVersion, events, commands, completes, List.of(), List.of(), List.of());
    }

    /**
     * The same change, its new commands caused by the work whose traceparent is given (those that name no cause
     * yet; see {@link OutboxCommand#causedBy}).
     */
    public Transition causedBy(String traceParent) {
        if (traceParent == null || commands.isEmpty()) {
            return this;
        }
        return new Transition(next, expectedVersion, events, commands.stream().map(c -> c.causedBy(traceParent))
                .toList(), completes, shipments, exceptions, inboundEvents);
    }

    /** A change not caused by an outbox command (e.g. a person's decision, a vendor webhook). */
    public Transition(OrderRecord next, long expectedVersion, List<AuditEvent> events, List<OutboxCommand> commands) {
        this(next, expectedVersion, events, commands, Optional.empty());
    }
}
