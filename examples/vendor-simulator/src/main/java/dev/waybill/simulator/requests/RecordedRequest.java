package dev.waybill.simulator.requests;

import java.time.Instant;

/**
 * A vendor API call as the simulator received it: where it went and the headers that tie it to the caller's work
 * (never credentials, never the body).
 *
 * @param correlationId the X-Correlation-Id header, or null
 * @param traceparent   the W3C traceparent header, or null
 * @param tracestate    the W3C tracestate header, or null
 */
public record RecordedRequest(Instant at, String method, String path, String correlationId, String traceparent,
                              String tracestate) {
}
