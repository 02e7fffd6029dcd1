package dev.waybill.adapter.rest;

import dev.waybill.adapter.connector.VendorOutcome.Failed;
import dev.waybill.adapter.connector.VendorOutcome.Succeeded;
import dev.waybill.adapter.connector.VendorTracing;
import dev.waybill.adapter.testing.MutableClock;
import dev.waybill.adapter.testing.RecordedSpans;
import dev.waybill.adapter.testing.StubVendor;
import dev.waybill.adapter.testing.StubVendor.Received;
import dev.waybill.adapter.testing.StubVendor.Reply;
import dev.waybill.adapter.testing.TestContracts;
import io.opentelemetry.api.baggage.Baggage;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.data.SpanData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a vendor call leaves in a trace: its span and a client span per request, children of the caller's span, and
 * the W3C trace context on every request beside X-Correlation-Id; without an SDK the caller's context still travels.
 */
class RestConnectorTracingTest {

    private static final MutableClock CLOCK = MutableClock.at("2026-11-27T10:00:00Z");
    private static final String CREATED = "{\"id\":\"F-1\",\"status\":\"RECEIVED\"}";
    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

    private final StubVendor stub = StubVendor.start();
    private final RecordedSpans spans = new RecordedSpans();

    @AfterEach
    void stop() {
        stub.close();
        spans.close();
    }

    private String contract() {
        return """
                schemaVersion: "1"
                baseUrl: %s
                operations:
                  create:
                    method: POST
                    path: /v1/fulfillments
                    idempotencyKeyHeader: Idempotency-Key
                    request: '{ "clientReference": shipment.id }'
                    response: '{ "vendorReference": id, "status": status }'
                statusMapping: { RECEIVED: Submitted }
                resilience: { timeout: 2s, retry: { maxAttempts: 3, initialBackoff: 1ms, maxBackoff: 5ms } }
                """.formatted(stub.baseUrl());
    }

    private RestConnector connector(VendorTracing tracing) {
        return RestConnector.create(TestContracts.definition("acme", contract(), null), CLOCK, tracing);
    }

    @Test
    void theVendorGetsTheTraceOfTheCallerAndEachRequestIsAChildSpan() {
        stub.on("POST", "/v1/fulfillments", Reply.json(503, "{}"), Reply.json(201, CREATED));
        Span dispatch = spans.tracer().spanBuilder("dispatch").startSpan();
        try (Scope ignored = dispatch.makeCurrent(); RestConnector connector = connector(
                VendorTracing.of(spans.tracer()))) {
            assertThat(connector.call(TestContracts.create("S-1", Set.of("vendorReference"))))
                    .isInstanceOf(Succeeded.class);
        } finally {
            dispatch.end();
        }

        String traceId = dispatch.getSpanContext().getTraceId();
        SpanData call = spans.named("waybill.vendor create");
        assertThat(call.getParentSpanId()).isEqualTo(dispatch.getSpanContext().getSpanId());
        assertThat(call.getTraceId()).isEqualTo(traceId);
        assertThat(call.getAttributes().get(VendorTracing.ORDER_ID)).isEqualTo("corr-1");
        assertThat(call.getAttributes().get(VendorTracing.CONTRACT)).isEqualTo("acme");
        assertThat(call.getAttributes().get(VendorTracing.OUTCOME)).isEqualTo("Succeeded");
        assertThat(call.getAttributes().get(VendorTracing.ATTEMPTS)).isEqualTo(2L);

        List<SpanData> requests = spans.ended().stream().filter(s -> s.getKind() == SpanKind.CLIENT).toList();
        assertThat(requests).extracting(SpanData::getName).containsExactly("POST /v1/fulfillments",
                "POST /v1/fulfillments");
        assertThat(requests).allSatisfy(r -> assertThat(r.getParentSpanId()).isEqualTo(call.getSpanId()));
        assertThat(requests).extracting(r -> r.getAttributes().get(AttributeKey.longKey("http.response.status_code")))
                .containsExactly(503L, 201L);
        assertThat(requests.get(0).getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);

        List<Received> received = stub.received();
        assertThat(received).hasSize(2);
        for (int i = 0; i < 2; i++) {
            assertThat(received.get(i).header("traceparent"))
                    .isEqualTo("00-" + traceId + "-" + requests.get(i).getSpanId() + "-01");
            assertThat(received.get(i).header("X-Correlation-Id")).isEqualTo("corr-1");
        }
    }

    @Test
    void aFailedCallIsAnErrorSpanWithItsReason() {
        stub.on("POST", "/v1/fulfillments", Reply.json(422, "{\"error\":\"bad\"}"));
        try (RestConnector connector = connector(VendorTracing.of(spans.tracer()))) {
            assertThat(connector.call(TestContracts.create("S-2", Set.of("vendorReference"))))
                    .isInstanceOf(Failed.class);
        }
        SpanData call = spans.named("waybill.vendor create");
        assertThat(call.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
        assertThat(call.getAttributes().get(VendorTracing.OUTCOME)).isEqualTo("Business");
        assertThat(call.getAttributes().get(VendorTracing.REASON)).isEqualTo("NonRetryableVendorError");
    }

    @Test
    void withoutAnSdkTheCallersContextStillReachesTheVendorButNoBaggage() {
        stub.on("POST", "/v1/fulfillments", Reply.json(201, CREATED));
        SpanContext caller = SpanContext.createFromRemoteParent(TRACE_ID, "00f067aa0ba902b7", TraceFlags.getSampled(),
                TraceState.getDefault());
        Context context = Context.root().with(Span.wrap(caller))
                .with(Baggage.builder().put("customer.email", "a@example.com").build());
        try (Scope ignored = context.makeCurrent(); RestConnector connector = connector(VendorTracing.none())) {
            connector.call(TestContracts.create("S-3", Set.of("vendorReference")));
        }
        Received request = stub.received().get(0);
        assertThat(request.header("traceparent")).isEqualTo("00-" + TRACE_ID + "-00f067aa0ba902b7-01");
        assertThat(request.header("baggage")).isNull();
        assertThat(spans.ended()).isEmpty();
    }

    @Test
    void noTraceNoTraceparent() {
        stub.on("POST", "/v1/fulfillments", Reply.json(201, CREATED));
        try (RestConnector connector = connector(VendorTracing.none())) {
            connector.call(TestContracts.create("S-4", Set.of("vendorReference")));
        }
        assertThat(stub.received().get(0).header("traceparent")).isNull();
        assertThat(stub.received().get(0).header("X-Correlation-Id")).isEqualTo("corr-1");
    }
}
