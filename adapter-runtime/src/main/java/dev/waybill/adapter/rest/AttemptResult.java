package dev.waybill.adapter.rest;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** How one step of a call ended, as the connector judges it; the last one decides the call's outcome. */
sealed interface AttemptResult {

    /** A 2xx answer, mapped and translated, with every expected field. */
    record Answered(int status, Map<String, Object> response, boolean resolvedByLookup) implements AttemptResult {
    }

    /** A 4xx (not 408 or 429): the vendor said no. */
    record Refused(int status, byte[] body, Optional<String> refusal) implements AttemptResult {
    }

    /** A 2xx of a read-only operation that the mapping could not read or that lacks expected fields. */
    record Malformed(int status, byte[] body, String detail) implements AttemptResult {
    }

    /** Transient: no answer before the request went out, 408, 429, 5xx, or no rate-limit permit. */
    record Unavailable(Integer status, byte[] body, Optional<Duration> retryAfter, String detail)
            implements AttemptResult {
    }

    /**
     * The request may have reached the vendor without a definite answer: a timeout after send, a lost connection,
     * or a 2xx the connector cannot read ({@code malformed}).
     */
    record Unsettled(Integer status, byte[] body, boolean malformed, boolean interrupted, String detail)
            implements AttemptResult {
    }

    /**
     * Lookup, asked to settle an unknown outcome, cannot: it refused (a 4xx other than 404) or its request mapping
     * failed on this input.
     */
    record LookupFailed(Integer status, byte[] body, String detail) implements AttemptResult {
    }

    /** The circuit is open. */
    record CircuitRejected() implements AttemptResult {
    }

    /** A resend after a lookup found nothing was needed, but the retry budget is spent. */
    record BudgetDenied() implements AttemptResult {
    }
}
