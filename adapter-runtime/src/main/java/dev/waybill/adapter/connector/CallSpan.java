package dev.waybill.adapter.connector;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;

/**
 * The span of one vendor call, current from its start until {@link #close()}: the HTTP requests the call makes are
 * its children, and carry its trace context to the vendor. Not thread-safe: one per call, on the calling thread.
 */
public final class CallSpan implements AutoCloseable {

    private final Span span;
    private final Scope scope;

    CallSpan(Span span) {
        this.span = span;
        this.scope = span.makeCurrent();
    }

    /** Records how the call ended (outcome, reason, attempts); a failure marks the span as an error. */
    public VendorOutcome ended(VendorOutcome outcome) {
        span.setAttribute(VendorTracing.ATTEMPTS, (long) outcome.attempts().size());
        if (outcome instanceof VendorOutcome.Failed failed) {
            span.setAttribute(VendorTracing.OUTCOME, failed.failureClass().name());
            span.setAttribute(VendorTracing.REASON, failed.reason());
            span.setStatus(StatusCode.ERROR, failed.reason());
        } else {
            span.setAttribute(VendorTracing.OUTCOME, "Succeeded");
        }
        return outcome;
    }

    /** Leaves the span's context and ends it. */
    @Override
    public void close() {
        scope.close();
        span.end();
    }
}
