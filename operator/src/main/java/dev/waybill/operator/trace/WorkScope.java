package dev.waybill.operator.trace;

import dev.waybill.adapter.connector.VendorTracing;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import org.jboss.logging.MDC;

/**
 * A span of work, current on the thread that started it (with the order's id in the log MDC) until it is left.
 * {@link #close()} leaves and ends it; work whose result is known only later (a batch written at once) leaves it
 * first with {@link #leave()} and ends it with {@link #close()} once written. Not thread-safe.
 */
public final class WorkScope implements AutoCloseable {

    private final Span span;
    private final Scope scope;
    private final Object previousOrderId;
    private boolean left;

    WorkScope(Span span, String orderRef) {
        this.span = span;
        this.scope = span.makeCurrent();
        this.previousOrderId = MDC.get(WorkSpans.ORDER_MDC);
        if (orderRef != null) {
            span.setAttribute(VendorTracing.ORDER_ID, orderRef);
            MDC.put(WorkSpans.ORDER_MDC, orderRef);
        }
    }

    /** The traceparent of this span, to store with the commands this work causes. */
    public String traceParent() {
        return TraceParents.of(Context.root().with(span));
    }

    public <T> WorkScope with(AttributeKey<T> key, T value) {
        if (value != null) {
            span.setAttribute(key, value);
        }
        return this;
    }

    /** How the work ended (waybill.outcome). */
    public WorkScope outcome(String outcome) {
        return with(VendorTracing.OUTCOME, outcome);
    }

    /** The work failed with {@code error}: an error span, the exception recorded. */
    public WorkScope failed(Throwable error) {
        span.recordException(error);
        span.setStatus(StatusCode.ERROR, error.getClass().getSimpleName());
        return outcome("Failed");
    }

    /** Leaves the span's context and restores the MDC; the span stays open until {@link #close()}. */
    public void leave() {
        if (!left) {
            left = true;
            scope.close();
            if (previousOrderId == null) {
                MDC.remove(WorkSpans.ORDER_MDC);
            } else {
                MDC.put(WorkSpans.ORDER_MDC, previousOrderId);
            }
        }
    }

    /** Leaves (if not yet left) and ends the span. */
    @Override
    public void close() {
        leave();
        span.end();
    }
}
