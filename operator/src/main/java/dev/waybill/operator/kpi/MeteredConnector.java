package dev.waybill.operator.kpi;

import dev.waybill.adapter.connector.CircuitState;
import dev.waybill.adapter.connector.ConnectorStats;
import dev.waybill.adapter.connector.VendorCall;
import dev.waybill.adapter.connector.VendorConnector;
import dev.waybill.adapter.connector.VendorOutcome;

import java.util.function.BiConsumer;

/** A connector that reports each call it ran to its end, whichever part of the orchestrator made it. */
final class MeteredConnector implements VendorConnector {

    private final VendorConnector delegate;
    private final BiConsumer<String, VendorOutcome> report;

    MeteredConnector(VendorConnector delegate, BiConsumer<String, VendorOutcome> report) {
        this.delegate = delegate;
        this.report = report;
    }

    @Override
    public String contract() {
        return delegate.contract();
    }

    @Override
    public boolean supports(String operation) {
        return delegate.supports(operation);
    }

    @Override
    public boolean hasIdempotencyKey(String operation) {
        return delegate.hasIdempotencyKey(operation);
    }

    @Override
    public VendorOutcome call(VendorCall call) {
        VendorOutcome outcome = delegate.call(call);
        // operation names come from our own code (create, cancel, ...), never from a request: the tag stays small
        report.accept(call.operation(), outcome);
        return outcome;
    }

    @Override
    public CircuitState circuitState() {
        return delegate.circuitState();
    }

    @Override
    public ConnectorStats stats() {
        return delegate.stats();
    }

    @Override
    public void close() {
        delegate.close();
    }
}
