package dev.waybill.operator.trace;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.data.LinkData;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import io.opentelemetry.sdk.trace.samplers.SamplingResult;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Optional;

/**
 * Makes exporting spans opt-in. With an OTLP endpoint configured ({@code QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT},
 * {@code ..._TRACES_ENDPOINT}, or the standard {@code OTEL_EXPORTER_OTLP_ENDPOINT}) spans are sampled as OpenTelemetry
 * does by default (follow the caller's decision, sample new traces) and exported there. Without one, every span is
 * recorded but not sampled: trace and span ids still exist, travel to vendors in {@code traceparent} (with the
 * sampled flag off) and appear in the logs, yet the exporter has nothing to send, so the operator never tries to
 * reach a collector that is not there.
 *
 * <p>Either way, a client call made outside any traced work is dropped: the Kubernetes client's lease renewals,
 * list-watches and status writes would otherwise each be a trace of one span, a few every second.
 *
 * <p>Why a sampler: Quarkus fixes the exporter at build time and always has an endpoint (localhost:4317 by default),
 * so the one runtime switch that keeps ids and context while sending nothing is what gets sampled.
 */
@Singleton
public class ExportSampling implements Sampler {

    private final boolean exporting;
    private final Sampler delegate;

    ExportSampling(@ConfigProperty(name = "quarkus.otel.exporter.otlp.endpoint") Optional<String> endpoint,
                   @ConfigProperty(name = "quarkus.otel.exporter.otlp.traces.endpoint") Optional<String> traces) {
        this.exporting = endpoint.or(() -> traces).filter(value -> !value.isBlank()).isPresent();
        this.delegate = exporting ? Sampler.parentBased(Sampler.alwaysOn()) : new RecordOnly();
    }

    /** True when spans are exported (an endpoint is configured). */
    public boolean exporting() {
        return exporting;
    }

    @Override
    public SamplingResult shouldSample(Context parentContext, String traceId, String name, SpanKind spanKind,
                                       Attributes attributes, List<LinkData> parentLinks) {
        if (spanKind == SpanKind.CLIENT && !Span.fromContext(parentContext).getSpanContext().isValid()) {
            return SamplingResult.drop();
        }
        return delegate.shouldSample(parentContext, traceId, name, spanKind, attributes, parentLinks);
    }

    @Override
    public String getDescription() {
        return "ExportSampling{" + delegate.getDescription() + "}";
    }

    /** Records every span, samples none: ids and attributes without export. */
    private static final class RecordOnly implements Sampler {
        @Override
        public SamplingResult shouldSample(Context parentContext, String traceId, String name, SpanKind spanKind,
                                           Attributes attributes, List<LinkData> parentLinks) {
            return SamplingResult.recordOnly();
        }

        @Override
        public String getDescription() {
            return "RecordOnly";
        }
    }
}
