package dev.waybill.operator.trace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A stored traceparent names the context its work continues; nothing usable names a new trace. */
class TraceParentsTest {

    private static final String STORED = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    @Test
    void aStoredTraceparentComesBackAsTheParentContext() {
        Context parent = TraceParents.parent(STORED);

        assertThat(Span.fromContext(parent).getSpanContext().getTraceId()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(Span.fromContext(parent).getSpanContext().isRemote()).isTrue();
        assertThat(TraceParents.of(parent)).isEqualTo(STORED);
        try (Scope ignored = parent.makeCurrent()) {
            assertThat(TraceParents.current()).isEqualTo(STORED);
        }
    }

    @Test
    void nothingOrGarbageIsANewTrace() {
        for (String stored : new String[] {null, "", "00-not-a-trace-01", "00-00000000000000000000000000000000-"
                + "00f067aa0ba902b7-01"}) {
            assertThat(Span.fromContext(TraceParents.parent(stored)).getSpanContext().isValid()).as(stored).isFalse();
        }
        assertThat(TraceParents.current()).isNull();
    }
}
