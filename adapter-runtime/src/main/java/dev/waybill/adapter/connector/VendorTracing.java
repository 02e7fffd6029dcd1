package dev.waybill.adapter.connector;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.TracerProvider;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * How connectors trace vendor calls with OpenTelemetry: a span for each {@link VendorCall} (named
 * {@code waybill.vendor <operation>}), a client span for each HTTP request it sends, and the W3C trace context
 * ({@code traceparent}, {@code tracestate}) on every request, beside {@code X-Correlation-Id}.
 *
 * <p>Only the OpenTelemetry API is used here. Whether spans are recorded and exported is the embedding process's
 * choice (the operator passes the tracer of its SDK); with {@link #none()} no span is recorded, yet the caller's
 * current trace context still travels to the vendor. Baggage is never sent: a vendor is a third party, and baggage
 * may carry anything an upstream client put in it.
 */
public final class VendorTracing {

    /** Waybill's order id; the same value as {@code X-Correlation-Id} and the audit trail's correlationId. */
    public static final AttributeKey<String> ORDER_ID = AttributeKey.stringKey("waybill.order.id");
    /** The AdapterContract's name. */
    public static final AttributeKey<String> CONTRACT = AttributeKey.stringKey("waybill.contract");
    /** The contract operation: create, lookup, cancel, reserve, release, availability, void. */
    public static final AttributeKey<String> OPERATION = AttributeKey.stringKey("waybill.operation");
    /** How the work ended: Succeeded, or a {@link FailureClass} for a vendor call; the operator's words elsewhere. */
    public static final AttributeKey<String> OUTCOME = AttributeKey.stringKey("waybill.outcome");
    /** The stable reason code of a failure ({@link FailureReasons}). */
    public static final AttributeKey<String> REASON = AttributeKey.stringKey("waybill.reason");
    /** HTTP requests a vendor call made, retries and lookups included. */
    public static final AttributeKey<Long> ATTEMPTS = AttributeKey.longKey("waybill.attempts");

    /** The instrumentation scope of the connectors' spans. */
    public static final String SCOPE = "dev.waybill.adapter";

    private static final VendorTracing NONE = new VendorTracing(TracerProvider.noop().get(SCOPE));

    private final Tracer tracer;

    private VendorTracing(Tracer tracer) {
        this.tracer = tracer;
    }

    /** Records no span; the current trace context is still sent on. */
    public static VendorTracing none() {
        return NONE;
    }

    /** Spans from {@code tracer}: the embedding process's SDK decides what is recorded and exported. */
    public static VendorTracing of(Tracer tracer) {
        return new VendorTracing(tracer);
    }

    /** The tracer the connector's spans come from. */
    public Tracer tracer() {
        return tracer;
    }

    /**
     * Starts the span of {@code call} to {@code contract} as a child of the current context and makes it current
     * until the returned span is closed.
     */
    public CallSpan call(String contract, VendorCall call) {
        Span span = tracer.spanBuilder("waybill.vendor " + call.operation()).setSpanKind(SpanKind.INTERNAL)
                .setAttribute(CONTRACT, contract).setAttribute(OPERATION, call.operation()).startSpan();
        if (call.correlationId() != null) {
            span.setAttribute(ORDER_ID, call.correlationId());
        }
        return new CallSpan(span);
    }

    /**
     * The W3C trace context a request carried ({@code header} reads a header by name, null when absent), for a
     * process without an SDK that passes calls on: the adapter app carries the operator's context to the vendor.
     */
    public static Context extract(Function<String, String> header) {
        return W3CTraceContextPropagator.getInstance().extract(Context.root(), header, new TextMapGetter<>() {
            @Override
            public Iterable<String> keys(Function<String, String> carrier) {
                return List.of("traceparent", "tracestate");
            }

            @Override
            public String get(Function<String, String> carrier, String key) {
                return carrier == null ? null : carrier.apply(key);
            }
        });
    }

    /**
     * Hands the W3C trace context of {@code context} to {@code header} as header names and values; nothing when the
     * context holds no valid span.
     */
    public static void inject(Context context, BiConsumer<String, String> header) {
        W3CTraceContextPropagator.getInstance().inject(context, header, (carrier, name, value) -> {
            if (carrier != null) {
                carrier.accept(name, value);
            }
        });
    }
}
