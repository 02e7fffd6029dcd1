package dev.waybill.adapter.app;

import dev.waybill.adapter.connector.CircuitState;
import dev.waybill.adapter.connector.VendorCall;
import dev.waybill.adapter.connector.VendorOutcome;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;

/**
 * The adapter's figures on {@code /q/metrics}: {@code waybill_adapter_calls_total} by operation, outcome and reason,
 * and {@code waybill_adapter_circuit_state} (0 Closed, 1 HalfOpen, 2 Open).
 */
@Singleton
public class CallMetrics {

    private final MeterRegistry registry;
    private final ContractAdapter adapter;

    CallMetrics(MeterRegistry registry, ContractAdapter adapter) {
        this.registry = registry;
        this.adapter = adapter;
        Gauge.builder("waybill.adapter.circuit.state", adapter, a -> level(a.connector().circuitState()))
                .description("The vendor circuit: 0 Closed, 1 HalfOpen, 2 Open")
                .tag("contract", adapter.contract().name())
                .register(registry);
    }

    void record(VendorCall call, VendorOutcome outcome) {
        // Operation names come from callers: only the contract's own become tag values, so they stay few.
        String operation = adapter.connector().supports(call.operation()) ? call.operation() : "unsupported";
        boolean succeeded = outcome instanceof VendorOutcome.Succeeded;
        Counter.builder("waybill.adapter.calls").description("Calls run, by operation, outcome and failure reason")
                .tags("contract", adapter.contract().name(), "operation", operation,
                        "outcome", succeeded ? "Succeeded" : "Failed",
                        "reason", succeeded ? "" : ((VendorOutcome.Failed) outcome).reason())
                .register(registry).increment();
    }

    private static double level(CircuitState state) {
        return switch (state) {
            case Closed -> 0;
            case HalfOpen -> 1;
            case Open -> 2;
        };
    }
}
