package dev.waybill.adapter.connector;

/**
 * The stable reason codes of failed vendor calls, as they appear in the audit trail and the exception queue.
 * Users build alerts and runbooks on them: never rename one.
 */
public final class FailureReasons {

    /** Timeouts (before any byte was sent), connection errors, 429 and 5xx after all retries. */
    public static final String VENDOR_UNAVAILABLE = "VendorUnavailable";
    /** The vendor answered 4xx (other than 429). */
    public static final String NON_RETRYABLE_VENDOR_ERROR = "NonRetryableVendorError";
    /** A request or response mapping failed on this data. */
    public static final String MAPPING_FAILED = "MappingFailed";
    /** The vendor answered 2xx with a body the response mapping could not read or that lacked expected fields. */
    public static final String MALFORMED_VENDOR_RESPONSE = "MalformedVendorResponse";
    /** The contract has no such operation. */
    public static final String UNSUPPORTED_OPERATION = "UnsupportedOperation";
    /** A timeout after send (or a crash) that neither lookup nor an idempotency key can settle. */
    public static final String UNKNOWN_OUTCOME = "UnknownOutcome";
    /** The circuit breaker is open. */
    public static final String CIRCUIT_OPEN = "CircuitOpen";
    /** A retry was needed but the retry budget was spent. */
    public static final String RETRY_BUDGET_EXHAUSTED = "RetryBudgetExhausted";

    private FailureReasons() {
    }
}
