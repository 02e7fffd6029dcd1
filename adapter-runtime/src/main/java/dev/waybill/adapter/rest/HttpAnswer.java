package dev.waybill.adapter.rest;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** What one guarded HTTP attempt gave, before the connector judges it. */
sealed interface HttpAnswer {

    /** The vendor answered. {@code retryAfter} is its Retry-After, in seconds, when it sent one. */
    record Response(int status, byte[] body, Optional<Duration> retryAfter, Instant at, long millis)
            implements HttpAnswer {
    }

    /**
     * No answer.
     *
     * @param errorClass     Timeout, ConnectTimeout, Connect or Io (see {@link dev.waybill.adapter.connector.Attempt})
     * @param mayHaveReached true when the request may have been received: a timeout after the connection was made,
     *                       a connection lost mid-exchange
     */
    record NoAnswer(String errorClass, boolean mayHaveReached, boolean interrupted, Instant at, long millis)
            implements HttpAnswer {
    }

    /** The contract's own rate limit gave no permit within the timeout: nothing was sent. */
    record Throttled(Instant at, long millis) implements HttpAnswer {
    }

    /** The circuit is open: nothing was sent. */
    record CircuitRejected() implements HttpAnswer {
    }
}
