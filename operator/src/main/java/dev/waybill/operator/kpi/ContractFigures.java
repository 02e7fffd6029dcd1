package dev.waybill.operator.kpi;

import dev.waybill.adapter.connector.Attempt;
import dev.waybill.adapter.connector.CircuitState;
import dev.waybill.adapter.connector.ConnectorStats;
import dev.waybill.adapter.connector.VendorConnector;
import dev.waybill.adapter.connector.VendorOutcome;
import dev.waybill.api.v1alpha1.contract.ContractKpis;
import io.micrometer.core.instrument.Timer;

import java.time.Duration;
import java.util.OptionalDouble;
import java.util.concurrent.TimeUnit;

/**
 * One contract's figures: calls by operation and outcome, and the latency of every HTTP request they made
 * (Prometheus, totals since start); its rates, percentiles and circuit come from the contract's running connector.
 */
final class ContractFigures {

    static final String CALLS = "waybill.vendor.calls";

    private final ResourceMeters meters;
    private final Timer requests;
    private volatile VendorConnector running;

    ContractFigures(ResourceMeters meters, Duration window) {
        this.meters = meters;
        this.requests = meters.timer("waybill.vendor.call", "Latency of each HTTP request to the vendor",
                ResourceMeters.millis(10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10_000, 30_000), window, false);
    }

    /** The connector now running the contract (a rebuilt one replaces the old). */
    void running(VendorConnector connector) {
        running = connector;
    }

    /** The running connector's window figures; none before the contract's first use. */
    ConnectorStats stats() {
        VendorConnector connector = running;
        return connector == null ? ConnectorStats.EMPTY : connector.stats();
    }

    /** The running connector's circuit; Closed before the contract's first use. */
    CircuitState circuit() {
        VendorConnector connector = running;
        return connector == null ? CircuitState.Closed : connector.circuitState();
    }

    /** One call to its end: the outcome counted once, each HTTP request it made timed. */
    void called(String operation, VendorOutcome outcome) {
        meters.increment(CALLS, "Vendor calls by operation and outcome", "operation", operation,
                "outcome", outcomeTag(outcome));
        for (Attempt attempt : outcome.attempts()) {
            requests.record(attempt.millis(), TimeUnit.MILLISECONDS);
        }
    }

    /** success, or the failure class in snake case (transient, business, unknown_outcome, ...). */
    static String outcomeTag(VendorOutcome outcome) {
        if (outcome instanceof VendorOutcome.Failed failed) {
            return failed.failureClass().name().replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase();
        }
        return "success";
    }

    /**
     * Requests since start are this process's count (a rebuilt connector keeps it); rates and percentiles cover
     * the connector's rolling window and are absent when it saw no request.
     */
    ContractKpis kpis(ConnectorStats stats) {
        ContractKpis k = new ContractKpis();
        k.requests = requests.count();
        boolean busy = stats.windowRequests() > 0;
        k.errorRate = busy ? stats.errorRatePercent() : null;
        k.retryRate = busy ? stats.retryRatePercent() : null;
        k.p50Millis = busy ? KpiMath.millis(OptionalDouble.of(stats.p50Millis())) : null;
        k.p99Millis = busy ? KpiMath.millis(OptionalDouble.of(stats.p99Millis())) : null;
        k.windowSeconds = stats.windowSeconds();
        return k;
    }

    void remove() {
        meters.remove();
    }
}
