package dev.waybill.adapter.connector;

import java.time.Instant;
import java.util.Set;

/**
 * One HTTP attempt at a vendor.
 *
 * @param operation  the operation it was for ({@code lookup} attempts appear beside {@code create} ones)
 * @param errorClass null when the vendor answered 2xx, else one of: {@code Timeout} (no answer in time after the
 *                   request went out), {@code ConnectTimeout}, {@code Connect} (refused or unreachable), {@code Io}
 *                   (connection lost after send), {@code Throttled} (no permit of the contract's own rate limit:
 *                   nothing was sent), {@code RateLimited} (429), {@code ServerError} (5xx or 408),
 *                   {@code ClientError} (other 4xx), {@code MalformedResponse} (a 2xx the response mapping could not
 *                   read or that lacked expected fields), {@code NotFound} (a lookup that found nothing)
 * @param httpStatus the status code, if the vendor answered
 */
public record Attempt(Instant at, String operation, String errorClass, Integer httpStatus, long millis) {

    /** Error classes after which the request may have reached the vendor without a definite answer. */
    public static final Set<String> UNSETTLED_ERRORS = Set.of("Timeout", "Io", "MalformedResponse");
}
