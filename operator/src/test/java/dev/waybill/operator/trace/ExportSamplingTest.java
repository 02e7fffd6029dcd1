package dev.waybill.operator.trace;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.samplers.SamplingDecision;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Spans are exported only once an endpoint is configured; without one they are recorded, never sampled. */
class ExportSamplingTest {

    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";

    private static SamplingDecision decide(ExportSampling sampling, Context parent) {
        return decide(sampling, parent, SpanKind.INTERNAL);
    }

    private static SamplingDecision decide(ExportSampling sampling, Context parent, SpanKind kind) {
        return sampling.shouldSample(parent, TRACE, "span", kind, Attributes.empty(), List.of()).getDecision();
    }

    private static Context parent(TraceFlags flags) {
        return Context.root().with(Span.wrap(SpanContext.createFromRemoteParent(TRACE, "00f067aa0ba902b7", flags,
                TraceState.getDefault())));
    }

    @Test
    void withoutAnEndpointEverySpanIsRecordedAndNoneSampled() {
        ExportSampling sampling = new ExportSampling(Optional.empty(), Optional.of(" "));

        assertThat(sampling.exporting()).isFalse();
        assertThat(decide(sampling, Context.root())).isEqualTo(SamplingDecision.RECORD_ONLY);
        assertThat(decide(sampling, parent(TraceFlags.getSampled()))).isEqualTo(SamplingDecision.RECORD_ONLY);
    }

    @Test
    void clientCallsOutsideAnyTraceAreNotTracedButVendorCallsAre() {
        for (ExportSampling sampling : List.of(new ExportSampling(Optional.empty(), Optional.empty()),
                new ExportSampling(Optional.of("http://collector:4317"), Optional.empty()))) {
            assertThat(decide(sampling, Context.root(), SpanKind.CLIENT)).as("a lease renewal")
                    .isEqualTo(SamplingDecision.DROP);
            assertThat(decide(sampling, parent(TraceFlags.getSampled()), SpanKind.CLIENT)).as("a vendor request")
                    .isNotEqualTo(SamplingDecision.DROP);
            assertThat(decide(sampling, Context.root(), SpanKind.SERVER)).as("an intake request")
                    .isNotEqualTo(SamplingDecision.DROP);
        }
    }

    @Test
    void withAnEndpointNewTracesAreSampledAndCallersDecide() {
        for (ExportSampling sampling : List.of(new ExportSampling(Optional.of("http://collector:4317"),
                Optional.empty()), new ExportSampling(Optional.empty(), Optional.of("http://collector:4318")))) {
            assertThat(sampling.exporting()).isTrue();
            assertThat(decide(sampling, Context.root())).isEqualTo(SamplingDecision.RECORD_AND_SAMPLE);
            assertThat(decide(sampling, parent(TraceFlags.getSampled()))).isEqualTo(SamplingDecision.RECORD_AND_SAMPLE);
            assertThat(decide(sampling, parent(TraceFlags.getDefault()))).isEqualTo(SamplingDecision.DROP);
        }
    }
}
