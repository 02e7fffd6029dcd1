package dev.waybill.adapter.connector;

/** What kind of failure ended a vendor call; it decides whether anything may be retried. */
public enum FailureClass {
    /** Timeouts, connection errors, 429 and 5xx, still failing after the retries the contract allows. */
    Transient,
    /** The vendor refused (4xx), a mapping failed, or the operation is not in the contract: fails fast. */
    Business,
    /** The request may have reached the vendor and neither lookup nor an idempotency key can settle it. */
    UnknownOutcome,
    /** The circuit is open: the vendor is not called until it half-opens. */
    CircuitOpen,
    /** A retry was needed but the contract's retry budget was spent. */
    BudgetExhausted
}
