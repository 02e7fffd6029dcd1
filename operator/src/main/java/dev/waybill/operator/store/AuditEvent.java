package dev.waybill.operator.store;

import java.time.Instant;

/**
 * One line of an order's audit trail: what was attempted, what succeeded, what was compensated, what is pending.
 * Details never carry secrets, and personal data only as the contract's dataPolicy allows.
 */
public record AuditEvent(Instant at, String type, String step, String node, Integer attempt, String outcome,
                         String detail, String correlationId) {

    /** An event with just a type, an outcome and a detail. */
    public static AuditEvent of(Instant at, String type, String outcome, String detail) {
        return new AuditEvent(at, type, null, null, null, outcome, detail, null);
    }
}
