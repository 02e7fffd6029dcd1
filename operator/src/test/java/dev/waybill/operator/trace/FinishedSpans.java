package dev.waybill.operator.trace;

import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.data.SpanData;
import jakarta.inject.Singleton;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The spans the operator under test ended, the latest few thousand: a span processor the SDK is given like any other
 * (Quarkus adds every SpanProcessor bean), seeing the recorded spans whether or not they are sampled for export.
 */
@Singleton
public class FinishedSpans implements SpanProcessor {

    private static final int KEPT = 5000;

    private final Deque<SpanData> ended = new ArrayDeque<>();

    /** The ended spans of trace {@code traceId}, in the order they ended. */
    public synchronized List<SpanData> inTrace(String traceId) {
        return ended.stream().filter(s -> s.getTraceId().equals(traceId)).toList();
    }

    /** The ended spans of that name, in the order they ended. */
    public synchronized List<SpanData> named(String name) {
        return ended.stream().filter(s -> s.getName().equals(name)).toList();
    }

    @Override
    public void onStart(Context parentContext, ReadWriteSpan span) {
    }

    @Override
    public boolean isStartRequired() {
        return false;
    }

    @Override
    public synchronized void onEnd(ReadableSpan span) {
        if (ended.size() == KEPT) {
            ended.removeFirst();
        }
        ended.addLast(span.toSpanData());
    }

    @Override
    public boolean isEndRequired() {
        return true;
    }
}
