package dev.waybill.adapter.testing;

import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A real OpenTelemetry SDK whose ended spans are kept in memory, in the order they ended. */
public final class RecordedSpans implements SpanExporter, AutoCloseable {

    private final List<SpanData> ended = new CopyOnWriteArrayList<>();
    private final SdkTracerProvider provider = SdkTracerProvider.builder()
            .addSpanProcessor(SimpleSpanProcessor.create(this)).build();

    public Tracer tracer() {
        return provider.get("test");
    }

    public List<SpanData> ended() {
        return List.copyOf(ended);
    }

    /** The one ended span of that name. */
    public SpanData named(String name) {
        List<SpanData> matching = ended.stream().filter(s -> s.getName().equals(name)).toList();
        if (matching.size() != 1) {
            throw new AssertionError("expected one span " + name + ", got " + ended.stream().map(SpanData::getName)
                    .toList());
        }
        return matching.get(0);
    }

    @Override
    public CompletableResultCode export(Collection<SpanData> spans) {
        ended.addAll(spans);
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode flush() {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode shutdown() {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public void close() {
        provider.close();
    }
}
