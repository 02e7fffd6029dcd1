package dev.waybill.adapter.rest;

import dev.waybill.adapter.connector.Attempt;
import dev.waybill.adapter.connector.VendorCall;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Asks the contract's {@code lookup} whether an earlier request of a call reached the vendor, with the call's own
 * input. Found means the lookup's mapped answer carries every field the call expects (or, when it expects none, any
 * field at all); a 404 or an answer without them means not found, and the original request may be sent again.
 */
final class LookupSettlement {

    private final ConnectorParts parts;
    private final VendorCall call;
    private final Object input;
    private final AttemptLog log;

    LookupSettlement(ConnectorParts parts, VendorCall call, Object input, AttemptLog log) {
        this.parts = parts;
        this.call = call;
        this.input = input;
        this.log = log;
    }

    /**
     * The end of this pass when lookup decides it: found ({@code Answered}, resolved by lookup), failing
     * transiently ({@code Unavailable}), unable to settle ({@code LookupFailed}) or the circuit open. Empty when
     * lookup found nothing.
     */
    Optional<AttemptResult> ask(OperationRuntime lookup) {
        PreparedRequest request;
        try {
            request = parts.preparer().prepare(lookup, input, call);
        } catch (MappingFailure e) {
            return Optional.of(new AttemptResult.LookupFailed(null, null, e.getMessage()));
        }
        HttpAnswer answer = parts.http().send(lookup, request.build(parts.auth(), lookup.timeout()));
        if (answer instanceof HttpAnswer.CircuitRejected) {
            return Optional.of(new AttemptResult.CircuitRejected());
        }
        if (answer instanceof HttpAnswer.Throttled throttled) {
            record(lookup, throttled.at(), "Throttled", null, throttled.millis(), false);
            return unavailable(null, null, "no permit of the contract's rate limit for lookup");
        }
        if (answer instanceof HttpAnswer.NoAnswer none) {
            record(lookup, none.at(), none.errorClass(), null, none.millis(), true);
            return unavailable(null, null, "lookup got no answer (" + none.errorClass() + ")");
        }
        return judge(lookup, (HttpAnswer.Response) answer);
    }

    private Optional<AttemptResult> judge(OperationRuntime lookup, HttpAnswer.Response response) {
        int status = response.status();
        if (status == 404) {
            record(lookup, response, "NotFound");
            return Optional.empty();
        }
        if (VendorHttp.isTransient(status)) {
            record(lookup, response, status == 429 ? "RateLimited" : "ServerError");
            return unavailable(status, response, "lookup answered " + status);
        }
        if (status < 200 || status >= 300) {
            record(lookup, response, "ClientError");
            return Optional.of(new AttemptResult.LookupFailed(status, response.body(), "lookup answered " + status));
        }
        Map<String, Object> mapped;
        try {
            mapped = parts.reader().map(lookup, response.body());
        } catch (MappingFailure e) {
            record(lookup, response, "MalformedResponse");
            return unavailable(status, response, "lookup: " + e.getMessage());
        }
        if (!found(mapped)) {
            record(lookup, response, "NotFound");
            return Optional.empty();
        }
        record(lookup, response, null);
        return Optional.of(new AttemptResult.Answered(status, parts.reader().translate(mapped), true));
    }

    private boolean found(Map<String, Object> mapped) {
        if (call.expect().isEmpty()) {
            return mapped.values().stream().anyMatch(value -> value != null);
        }
        return ResponseReader.missing(mapped, call.expect()).isEmpty();
    }

    private static Optional<AttemptResult> unavailable(Integer status, HttpAnswer.Response response, String detail) {
        return Optional.of(new AttemptResult.Unavailable(status, response == null ? null : response.body(),
                response == null ? Optional.empty() : response.retryAfter(), detail));
    }

    private void record(OperationRuntime lookup, HttpAnswer.Response response, String errorClass) {
        record(lookup, response.at(), errorClass, response.status(), response.millis(), true);
    }

    private void record(OperationRuntime lookup, Instant at, String errorClass, Integer status, long millis,
                        boolean sent) {
        log.add(new Attempt(at, lookup.name(), errorClass, status, millis), sent);
    }
}
