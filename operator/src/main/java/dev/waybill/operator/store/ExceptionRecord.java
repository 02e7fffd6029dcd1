package dev.waybill.operator.store;

import java.time.Instant;

/**
 * An entry of the exception queue: what no machine could settle, for a person.
 *
 * @param reason     a stable code (NoCandidate, Backorder, NonRetryableVendorError, RetryBudgetExhausted,
 *                   VendorUnavailable, UnknownOutcome, CancelUnsupported, CancelRefused, ...)
 * @param detail     JSON: the operation, the attempt history, the masked request and the vendor's answer
 * @param state      Open, Retried, Resolved or Reassigned
 * @param resolution JSON: who decided what, once decided
 */
public record ExceptionRecord(String id, String orderRef, String shipmentId, String reason, String detail,
                              int attempts, String state, String resolution, Instant createdAt, Instant updatedAt) {

    public static final String OPEN = "Open";

    public ExceptionRecord decided(String newState, String decision, Instant at) {
        return new ExceptionRecord(id, orderRef, shipmentId, reason, detail, attempts, newState, decision, createdAt,
                at);
    }
}
