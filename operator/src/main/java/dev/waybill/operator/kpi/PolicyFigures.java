package dev.waybill.operator.kpi;

import dev.waybill.adapter.resilience.RollingCounts;
import dev.waybill.api.v1alpha1.policy.PolicyKpis;
import io.micrometer.core.instrument.Timer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * One policy's figures: its Prometheus counters (totals since start) and rolling windows (rates and latencies), and
 * the orders it routed that have not ended yet (for the age of its oldest). Builds its {@code status.kpis}.
 */
final class PolicyFigures {

    static final String ROUTED = "waybill.routed";
    static final String SHADOW = "waybill.shadow.compared";
    static final String COMPENSATIONS = "waybill.compensations";
    static final String EXCEPTIONS = "waybill.exceptions.opened";
    static final String SHIPPED = "waybill.orders.shipped";

    private static final int DECISIONS = 0;
    private static final int ROUTED_ORDERS = 1;
    private static final int SPLIT = 2;
    private static final int MANUAL_REVIEW = 3;
    private static final int DISPATCHES = 4;
    private static final int ACCEPTED = 5;
    private static final int SHIPPED_ORDERS = 6;
    private static final int ON_TIME = 7;
    private static final int NEEDED_PERSON = 8;

    private final ResourceMeters meters;
    private final RollingCounts window;
    private final RollingLatency routingTimes;
    private final RollingLatency cancellationTimes;
    private final Timer routing;
    private final Timer cancellation;
    private final Map<String, Instant> waiting = new ConcurrentHashMap<>();

    PolicyFigures(ResourceMeters meters, Clock clock, Duration window, int slices) {
        this.meters = meters;
        this.window = new RollingCounts(clock, window, slices, 9);
        this.routingTimes = new RollingLatency(clock, window, slices);
        this.cancellationTimes = new RollingLatency(clock, window, slices);
        this.routing = meters.timer("waybill.routing", "Time to decide an order's routing",
                ResourceMeters.millis(0.1, 0.25, 0.5, 1, 2.5, 5, 10, 25, 50, 100, 250, 1000), window, true);
        this.cancellation = meters.timer("waybill.cancellation", "Time from a cancellation request to Cancelled",
                ResourceMeters.millis(100, 1000, 10_000, 60_000, 300_000, 3_600_000, 86_400_000), window, false);
    }

    /** A routing decision: {@code outcome} Routed, RoutedSplit, Backorder, NoCandidate or NoPolicy. */
    void decided(String outcome, boolean toPerson, Duration took) {
        meters.increment(ROUTED, "Routing decisions by outcome", "outcome", outcome);
        routing.record(took.toNanos(), TimeUnit.NANOSECONDS);
        routingTimes.record(took.toNanos() / 1e6);
        window.add(DECISIONS, 1);
        if (outcome.startsWith("Routed")) {
            window.add(ROUTED_ORDERS, 1);
            window.add(SPLIT, "RoutedSplit".equals(outcome) ? 1 : 0);
        }
        window.add(MANUAL_REVIEW, toPerson ? 1 : 0);
    }

    void shadowCompared(boolean agrees) {
        meters.increment(SHADOW, "Shadow decisions compared with the active one", "agrees", Boolean.toString(agrees));
    }

    void dispatchEnded(boolean accepted) {
        window.add(DISPATCHES, 1);
        window.add(ACCEPTED, accepted ? 1 : 0);
    }

    void compensated(String kind) {
        meters.increment(COMPENSATIONS, "Compensations run (cancels, releases, voids)", "kind", kind);
    }

    void exceptionOpened(String reason, boolean firstForOrder) {
        meters.increment(EXCEPTIONS, "Exception queue entries opened", "reason", reason);
        window.add(NEEDED_PERSON, firstForOrder ? 1 : 0);
    }

    void orderShipped(Boolean onTime) {
        meters.increment(SHIPPED, "Orders shipped, by whether they met promisedBy", "onTime",
                onTime == null ? "unknown" : onTime.toString());
        if (onTime != null) {
            window.add(SHIPPED_ORDERS, 1);
            window.add(ON_TIME, onTime ? 1 : 0);
        }
    }

    void orderCancelled(Duration took) {
        cancellation.record(took.toNanos(), TimeUnit.NANOSECONDS);
        cancellationTimes.record(took.toNanos() / 1e6);
    }

    /** The order is routed and unfinished since {@code since}; forgotten once it ends. */
    void waiting(String orderRef, Instant since, boolean ended) {
        if (ended) {
            waiting.remove(orderRef);
        } else {
            waiting.putIfAbsent(orderRef, since);
        }
    }

    /** The oldest unfinished order routed by this policy. */
    Optional<Map.Entry<String, Instant>> oldestWaiting() {
        return waiting.entrySet().stream().min(Map.Entry.comparingByValue());
    }

    void forget(String orderRef) {
        waiting.remove(orderRef);
    }

    PolicyKpis kpis(Instant now, boolean shadow, int windowSeconds) {
        PolicyKpis k = new PolicyKpis();
        k.routed = meters.count(ROUTED, "outcome", "Routed") + meters.count(ROUTED, "outcome", "RoutedSplit");
        k.acceptanceRate = KpiMath.percent(window.sum(ACCEPTED), window.sum(DISPATCHES));
        k.splitRate = KpiMath.percent(window.sum(SPLIT), window.sum(ROUTED_ORDERS));
        k.manualReviewRate = KpiMath.percent(window.sum(MANUAL_REVIEW), window.sum(DECISIONS));
        k.p50RoutingMillis = KpiMath.millis(routingTimes.percentile(0.50));
        k.p99RoutingMillis = KpiMath.millis(routingTimes.percentile(0.99));
        k.compensations = meters.count(COMPENSATIONS);
        k.deadLetters = meters.count(EXCEPTIONS);
        k.oldestBacklogSeconds = oldestWaiting().map(e -> KpiMath.ageSeconds(e.getValue(), now)).orElse(0L);
        long compared = meters.count(SHADOW);
        if (shadow || compared > 0) {
            k.shadowCompared = compared;
            k.shadowDisagreements = meters.count(SHADOW, "agrees", "false");
        }
        k.promiseAccuracy = KpiMath.percent(window.sum(ON_TIME), window.sum(SHIPPED_ORDERS));
        k.cancellationP50Millis = KpiMath.millis(cancellationTimes.percentile(0.50));
        k.manualInterventionRate = KpiMath.percent(window.sum(NEEDED_PERSON), window.sum(DECISIONS));
        k.windowSeconds = windowSeconds;
        return k;
    }

    void remove() {
        meters.remove();
    }
}
