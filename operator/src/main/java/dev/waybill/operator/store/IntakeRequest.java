package dev.waybill.operator.store;

import java.time.Instant;
import java.util.List;

/**
 * Everything a new order writes, at once: its idempotency key (scoped to a namespace) with the hash of the request
 * that used it, the order, its first audit events and its first outbox commands.
 */
public record IntakeRequest(String idempotencyKey, String requestHash, OrderRecord order, List<AuditEvent> events,
                            List<OutboxCommand> commands, Instant keyExpiresAt) {

    public IntakeRequest {
        events = List.copyOf(events);
        commands = List.copyOf(commands);
    }

    /** The same request, its commands caused by the work whose traceparent is given (see {@link Transition}). */
    public IntakeRequest causedBy(String traceParent) {
        if (traceParent == null || commands.isEmpty()) {
            return this;
        }
        return new IntakeRequest(idempotencyKey, requestHash, order, events,
                commands.stream().map(c -> c.causedBy(traceParent)).toList(), keyExpiresAt);
    }
}
