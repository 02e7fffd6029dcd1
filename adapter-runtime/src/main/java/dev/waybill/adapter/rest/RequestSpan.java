package dev.waybill.adapter.rest;

import dev.waybill.adapter.connector.VendorTracing;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;

import java.net.URI;
import java.net.http.HttpRequest;

/**
 * The client span of one HTTP request to a vendor, named and described as OpenTelemetry's HTTP conventions say
 * ({@code POST /v1/fulfillments}: the method and the contract's path template, never the filled path), and the
 * request copied to carry that span's trace context. The filled URL stays out: its query may hold references a
 * trace backend need not keep.
 */
final class RequestSpan {

    private static final AttributeKey<String> METHOD = AttributeKey.stringKey("http.request.method");
    private static final AttributeKey<String> URL_TEMPLATE = AttributeKey.stringKey("url.template");
    private static final AttributeKey<String> SERVER_ADDRESS = AttributeKey.stringKey("server.address");
    private static final AttributeKey<Long> SERVER_PORT = AttributeKey.longKey("server.port");
    private static final AttributeKey<Long> STATUS = AttributeKey.longKey("http.response.status_code");
    private static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");

    private final Span span;

    private RequestSpan(Span span) {
        this.span = span;
    }

    /** Starts the span of {@code request}, a child of the current context (the vendor call's span). */
    static RequestSpan start(Tracer tracer, String contract, OperationRuntime operation, HttpRequest request) {
        String template = operation.spec().path == null ? "" : operation.spec().path.split("\\?", 2)[0];
        URI uri = request.uri();
        Span span = tracer.spanBuilder(request.method() + (template.isEmpty() ? "" : " " + template))
                .setSpanKind(SpanKind.CLIENT)
                .setAttribute(METHOD, request.method())
                .setAttribute(URL_TEMPLATE, template)
                .setAttribute(SERVER_ADDRESS, uri.getHost() == null ? "" : uri.getHost())
                .setAttribute(SERVER_PORT, (long) port(uri))
                .setAttribute(VendorTracing.CONTRACT, contract)
                .setAttribute(VendorTracing.OPERATION, operation.name())
                .startSpan();
        return new RequestSpan(span);
    }

    /** {@code request} with this span's {@code traceparent} (and {@code tracestate}) set. */
    HttpRequest carrying(HttpRequest request) {
        HttpRequest.Builder copy = HttpRequest.newBuilder(request, (name, value) -> true);
        VendorTracing.inject(Context.current().with(span), copy::setHeader);
        return copy.build();
    }

    /** The vendor answered; a 4xx or 5xx is an error of this request (the call may still succeed on retry). */
    void answered(int status) {
        span.setAttribute(STATUS, (long) status);
        if (status >= 400) {
            span.setAttribute(ERROR_TYPE, String.valueOf(status));
            span.setStatus(StatusCode.ERROR);
        }
    }

    /** No answer: {@code errorClass} says why (Timeout, Connect, ...). */
    void failed(String errorClass) {
        span.setAttribute(ERROR_TYPE, errorClass);
        span.setStatus(StatusCode.ERROR, errorClass);
    }

    void end() {
        span.end();
    }

    private static int port(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
