package dev.waybill.operator.trace;

import dev.waybill.adapter.connector.VendorTracing;
import io.opentelemetry.context.Context;

import java.util.HashMap;
import java.util.Map;

/**
 * W3C {@code traceparent} values: how a trace context is kept with the work it causes (an outbox command) and taken
 * up again by whoever does that work later, on another thread or another replica.
 */
public final class TraceParents {

    private static final String HEADER = "traceparent";

    private TraceParents() {
    }

    /** The traceparent of the current span; null when there is no valid one. */
    public static String current() {
        return of(Context.current());
    }

    /** The traceparent of the span in {@code context}; null when there is no valid one. */
    public static String of(Context context) {
        Map<String, String> headers = new HashMap<>(2);
        VendorTracing.inject(context, headers::put);
        return headers.get(HEADER);
    }

    /**
     * The context a stored traceparent names, to start work as its child: the root context (a new trace) when
     * there is none or it is malformed.
     */
    public static Context parent(String traceParent) {
        if (traceParent == null || traceParent.isBlank()) {
            return Context.root();
        }
        return VendorTracing.extract(name -> HEADER.equals(name) ? traceParent : null);
    }
}
