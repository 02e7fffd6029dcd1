package dev.waybill.operator.kpi;

import dev.waybill.adapter.resilience.RollingCounts;
import dev.waybill.api.v1alpha1.node.NodeKpis;
import dev.waybill.operator.store.NodeBacklog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * One node's figures: shipments assigned, shipped, failed and cancelled (Prometheus counters, totals since start),
 * shipped and failed over the rolling window (its success rate), and, from the store, what waits there now.
 */
final class NodeFigures {

    static final String SHIPMENTS = "waybill.shipments";

    private static final int SHIPPED = 0;
    private static final int FAILED = 1;

    private final ResourceMeters meters;
    private final RollingCounts window;

    NodeFigures(ResourceMeters meters, Clock clock, Duration window, int slices) {
        this.meters = meters;
        this.window = new RollingCounts(clock, window, slices, 2);
    }

    /** A shipment moved: {@code state} assigned, shipped, failed or cancelled. */
    void shipment(String state) {
        meters.increment(SHIPMENTS, "Shipment transitions at a node", "state", state);
        if ("shipped".equals(state)) {
            window.add(SHIPPED, 1);
        } else if ("failed".equals(state)) {
            window.add(FAILED, 1);
        }
    }

    NodeKpis kpis(Instant now, NodeBacklog backlog, int windowSeconds) {
        NodeKpis k = new NodeKpis();
        k.assigned = meters.count(SHIPMENTS, "state", "assigned");
        k.shipped = meters.count(SHIPMENTS, "state", "shipped");
        k.failed = meters.count(SHIPMENTS, "state", "failed");
        long shipped = window.sum(SHIPPED);
        k.successRate = KpiMath.percent(shipped, shipped + window.sum(FAILED));
        k.inFlight = backlog.inFlight();
        k.backlog = backlog.open();
        k.oldestBacklogSeconds = KpiMath.ageSeconds(backlog.oldest(), now);
        k.windowSeconds = windowSeconds;
        return k;
    }

    void remove() {
        meters.remove();
    }
}
