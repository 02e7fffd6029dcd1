/**
 * Traces and log correlation. The W3C trace context of each request is stored with the outbox commands it causes,
 * so routing and dispatch, which run later on worker threads, continue the trace that intake (or a webhook, a
 * cancellation, a person's decision) started, and the vendor receives it in {@code traceparent} beside
 * {@code X-Correlation-Id}. Every piece of work is a span named {@code waybill.<what>} with the order's id, and
 * puts that id in the log MDC ({@code orderId}) beside the trace ids Quarkus puts there. Spans are exported only
 * when an OTLP endpoint is configured ({@link dev.waybill.operator.trace.ExportSampling}).
 */
package dev.waybill.operator.trace;
