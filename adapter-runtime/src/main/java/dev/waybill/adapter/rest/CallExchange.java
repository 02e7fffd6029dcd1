package dev.waybill.adapter.rest;

import dev.waybill.adapter.connector.Attempt;
import dev.waybill.adapter.connector.VendorCall;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One call's passes through the retry loop. A pass sends the request, unless an earlier pass (or an earlier
 * delivery, {@link VendorCall#mayHaveBeenSent()}) may have reached the vendor without a definite answer: then it
 * first settles that as the operation's {@link Settlement} says: a create asks {@code lookup} and is sent again only
 * when lookup finds nothing; an idempotent request is simply resent; any other is never resent.
 * Not thread-safe: one per call.
 */
final class CallExchange {

    private final ConnectorParts parts;
    private final OperationRuntime operation;
    private final VendorCall call;
    private final Object input;
    private final PreparedRequest request;
    private final AttemptLog log;
    private final Settlement settlement;
    private boolean unsettled;
    private int number;

    CallExchange(ConnectorParts parts, OperationRuntime operation, VendorCall call, Object input,
                 PreparedRequest request, AttemptLog log, Settlement settlement, boolean unsettled) {
        this.parts = parts;
        this.settlement = settlement;
        this.operation = operation;
        this.call = call;
        this.input = input;
        this.request = request;
        this.log = log;
        this.unsettled = unsettled;
    }

    /** Makes the next pass. */
    Step next() {
        number++;
        if (number == 1) {
            parts.budget().recordFirstAttempt();
        }
        AttemptResult result = unsettled && settlement == Settlement.LOOKUP ? settleThenSend() : send();
        return new Step(number, result, retryable(result));
    }

    private boolean retryable(AttemptResult result) {
        if (Thread.currentThread().isInterrupted()) {
            return false;
        }
        if (result instanceof AttemptResult.Unsettled unsettledResult) {
            return !unsettledResult.interrupted() && settlement != Settlement.NONE;
        }
        return result instanceof AttemptResult.Unavailable;
    }

    private AttemptResult settleThenSend() {
        LookupSettlement looked = new LookupSettlement(parts, call, input, log);
        Optional<AttemptResult> found = looked.ask(parts.lookup().orElseThrow());
        if (found.isPresent()) {
            return found.get();
        }
        unsettled = false;
        // The first pass had no retry taken from the budget, yet this resend is one.
        if (number == 1 && !parts.budget().tryAcquireRetry()) {
            return new AttemptResult.BudgetDenied();
        }
        return send();
    }

    private AttemptResult send() {
        HttpAnswer answer = parts.http().send(operation, request.build(parts.auth(), operation.timeout()));
        if (answer instanceof HttpAnswer.CircuitRejected) {
            return new AttemptResult.CircuitRejected();
        }
        if (answer instanceof HttpAnswer.Throttled throttled) {
            record(throttled.at(), "Throttled", null, throttled.millis(), false);
            return new AttemptResult.Unavailable(null, null, Optional.empty(),
                    "no permit of the contract's rate limit");
        }
        if (answer instanceof HttpAnswer.NoAnswer none) {
            record(none.at(), none.errorClass(), null, none.millis(), true);
            String detail = "no answer (" + none.errorClass() + ")";
            if (none.mayHaveReached() && !operation.readOnly()) {
                unsettled = true;
                return new AttemptResult.Unsettled(null, null, false, none.interrupted(), detail);
            }
            return new AttemptResult.Unavailable(null, null, Optional.empty(), detail);
        }
        return judge((HttpAnswer.Response) answer);
    }

    private AttemptResult judge(HttpAnswer.Response response) {
        int status = response.status();
        if (status >= 200 && status < 300) {
            return answered(response);
        }
        if (VendorHttp.isTransient(status)) {
            record(response, status == 429 ? "RateLimited" : "ServerError");
            return new AttemptResult.Unavailable(status, response.body(), response.retryAfter(),
                    "vendor answered " + status);
        }
        record(response, "ClientError");
        return new AttemptResult.Refused(status, response.body(), parts.reader().refusal(operation, response.body()));
    }

    private AttemptResult answered(HttpAnswer.Response response) {
        String detail;
        try {
            Map<String, Object> mapped = parts.reader().map(operation, response.body());
            List<String> missing = ResponseReader.missing(mapped, call.expect());
            if (missing.isEmpty()) {
                record(response, null);
                return new AttemptResult.Answered(response.status(), parts.reader().translate(mapped), false);
            }
            detail = "the mapped answer lacks " + String.join(", ", missing);
        } catch (MappingFailure e) {
            detail = e.getMessage();
        }
        record(response, "MalformedResponse");
        if (operation.readOnly()) {
            return new AttemptResult.Malformed(response.status(), response.body(), detail);
        }
        unsettled = true;
        return new AttemptResult.Unsettled(response.status(), response.body(), true, false, detail);
    }

    private void record(HttpAnswer.Response response, String errorClass) {
        record(response.at(), errorClass, response.status(), response.millis(), true);
    }

    private void record(Instant at, String errorClass, Integer status, long millis, boolean sent) {
        log.add(new Attempt(at, operation.name(), errorClass, status, millis), sent);
    }
}
