package dev.waybill.operator.trace;

import dev.waybill.adapter.connector.VendorTracing;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import jakarta.inject.Singleton;
import org.jboss.logging.MDC;

/**
 * Starts the spans of the orchestrator's own work: routing an order ({@code waybill.route}), delivering an outbox
 * command ({@code waybill.dispatch <command>}), taking a vendor's webhook ({@code waybill.webhook}). Each continues
 * the trace stored with the command (or the current one), names the order ({@code waybill.order.id}), and puts the
 * order's id in the log MDC while it runs.
 */
@Singleton
public class WorkSpans {

    /** The MDC key of Waybill's order id; Quarkus adds {@code traceId} and {@code spanId} beside it. */
    public static final String ORDER_MDC = "orderId";
    /** The FulfillmentNode the work is for. */
    public static final AttributeKey<String> NODE = AttributeKey.stringKey("waybill.node");
    /** The outbox command delivered: Route, Dispatch, Cancel, Release, Void. */
    public static final AttributeKey<String> COMMAND = AttributeKey.stringKey("waybill.command");
    /** Which delivery of the command this is (1 the first; more after a lease expired or a crash). */
    public static final AttributeKey<Long> DELIVERY = AttributeKey.longKey("waybill.delivery");
    /** Whether a batched decision was written (APPLIED), found stale (STALE) or refused by the database (FAILED). */
    public static final AttributeKey<String> WRITE = AttributeKey.stringKey("waybill.write");
    /** The vendor event's id, for a webhook. */
    public static final AttributeKey<String> EVENT_ID = AttributeKey.stringKey("waybill.event.id");
    /** The X-Correlation-Id a vendor sent back with a webhook, before it is matched to an order. */
    public static final AttributeKey<String> CORRELATION_ID = AttributeKey.stringKey("waybill.correlation.id");

    private final Tracer tracer;

    WorkSpans(Tracer tracer) {
        this.tracer = tracer;
    }

    /**
     * Starts span {@code name} for order {@code orderRef} as a child of {@code traceParent} (a new trace when it is
     * null): current on this thread, with the order id in the MDC, until the scope is left.
     */
    public WorkScope resume(String name, String traceParent, String orderRef) {
        return new WorkScope(tracer.spanBuilder(name).setParent(TraceParents.parent(traceParent))
                .setSpanKind(SpanKind.INTERNAL).startSpan(), orderRef);
    }

    /** Starts span {@code name} as a child of the current context (a request's server span). */
    public WorkScope begin(String name, String orderRef) {
        return new WorkScope(tracer.spanBuilder(name).setSpanKind(SpanKind.INTERNAL).startSpan(), orderRef);
    }

    /**
     * The work under way turns out to be for order {@code orderRef}: the current span and the log MDC say so from
     * here on (the enclosing {@link WorkScope} restores the MDC when it is left).
     */
    public static void aboutOrder(String orderRef) {
        if (orderRef != null) {
            Span.current().setAttribute(VendorTracing.ORDER_ID, orderRef);
            MDC.put(ORDER_MDC, orderRef);
        }
    }

    /** The current span (a request's) is about order {@code orderRef}; the MDC is left alone. */
    public static void tagOrder(String orderRef) {
        if (orderRef != null) {
            Span.current().setAttribute(VendorTracing.ORDER_ID, orderRef);
        }
    }

    /** The work under way is for {@code node}, through {@code contract}: the current span says so. */
    public static void at(String node, String contract) {
        Span span = Span.current();
        if (node != null) {
            span.setAttribute(NODE, node);
        }
        if (contract != null) {
            span.setAttribute(VendorTracing.CONTRACT, contract);
        }
    }

    /** Notes how the current span's work ended (the waybill.outcome attribute). */
    public static void outcome(String outcome) {
        Span.current().setAttribute(VendorTracing.OUTCOME, outcome);
    }
}
