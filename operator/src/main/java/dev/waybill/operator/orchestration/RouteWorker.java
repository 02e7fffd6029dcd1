package dev.waybill.operator.orchestration;

import dev.waybill.adapter.model.CanonicalOrder;
import dev.waybill.adapter.model.OrderDefaults;
import dev.waybill.adapter.model.OrderReader;
import dev.waybill.adapter.model.ReadResult;
import dev.waybill.operator.inventory.InventorySnapshots;
import dev.waybill.operator.kpi.KpiRecorder;
import dev.waybill.operator.model.CompiledModel;
import dev.waybill.operator.model.ModelRegistry;
import dev.waybill.operator.routing.NodeLoad;
import dev.waybill.operator.routing.RouteRequest;
import dev.waybill.operator.routing.RouteResult;
import dev.waybill.operator.routing.Router;
import dev.waybill.operator.store.OrderRecord;
import dev.waybill.operator.store.OrderStore;
import dev.waybill.operator.store.OutboxCommand;
import dev.waybill.operator.store.ShipmentRecord;
import dev.waybill.operator.store.Transition;
import dev.waybill.operator.trace.WorkScope;
import dev.waybill.operator.trace.WorkSpans;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Routes taken orders: claims the outbox's Route commands, decides with the current snapshot, and writes the
 * order's next state, the decision's audit events and the commands it causes (Dispatch per shipment, a later Route
 * for a held backorder) in one transaction. Claims are leased, so a crashed worker's orders are routed again.
 * Each order's routing is a span ({@code waybill.route}) in the trace of the work that asked for it (intake, a
 * vendor's refusal, a person), and the Dispatch commands it writes continue that span's trace.
 */
@Startup
@Singleton
public class RouteWorker {

    private static final Logger LOG = Logger.getLogger(RouteWorker.class);
    private static final Set<String> ROUTABLE = Set.of("Received", "Backordered");
    private static final Duration LEASE = Duration.ofSeconds(30);
    /** Orders decided per transaction. */
    static final int CHUNK = 32;

    private final OrderStore store;
    private final Router router;
    private final ModelRegistry model;
    private final InventorySnapshots stock;
    private final NodeLoad load;
    private final KpiRecorder kpis;
    private final Clock clock;
    private final WorkSpans spans;
    private final String worker = "router-" + UUID.randomUUID();
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "waybill-router");
        thread.setDaemon(true);
        return thread;
    });

    RouteWorker(OrderStore store, Router router, ModelRegistry model, InventorySnapshots stock, NodeLoad load,
                KpiRecorder kpis, Clock clock, WorkSpans spans) {
        this.store = store;
        this.spans = spans;
        this.router = router;
        this.model = model;
        this.stock = stock;
        this.load = load;
        this.kpis = kpis;
        this.clock = clock;
        executor.scheduleWithFixedDelay(this::drain, 500, 100, TimeUnit.MILLISECONDS);
    }

    /**
     * Routes every due order, a chunk at a time until none is left, each chunk's decisions written in one
     * transaction: one sync per chunk, so routing does not take the embedded store's single writer away from intake
     * once per order, nor for long (a request waiting behind a chunk waits a few milliseconds, not a whole backlog).
     */
    void drain() {
        if (!model.built()) {
            return; // half a model would put orders on hold for want of a policy
        }
        try {
            while (routeChunk() == CHUNK) {
                // a full chunk: more may be due
            }
        } catch (RuntimeException e) {
            // the claims expire and are retried; the worker itself must keep running
            LOG.warnf("routing pass failed, will retry: %s", e.toString());
        }
    }

    /**
     * Routes up to {@link #CHUNK} due orders; how many commands it claimed. Each decision's span ends once the chunk
     * is written, or failed when writing it did not happen.
     */
    private int routeChunk() {
        List<OutboxCommand> claimed = store.claim("Route", worker, CHUNK, clock.instant(), LEASE);
        List<Decided> decided = new ArrayList<>();
        try {
            List<Long> nothingToDo = new ArrayList<>();
            for (OutboxCommand command : claimed) {
                traced(command).ifPresentOrElse(decided::add, () -> nothingToDo.add(command.seq()));
            }
            List<OrderStore.Applied> applied = store.applyAll(decided.stream().map(Decided::transition).toList());
            for (int i = 0; i < applied.size(); i++) {
                decided.get(i).span().with(WorkSpans.WRITE, applied.get(i).name());
                if (applied.get(i) == OrderStore.Applied.STALE) {
                    // changed meanwhile by someone else: this command has nothing left to do
                    nothingToDo.add(decided.get(i).transition().completes().orElseThrow());
                } else if (applied.get(i) == OrderStore.Applied.APPLIED) {
                    decided.get(i).count(kpis);
                }
            }
            store.completeAll(nothingToDo, clock.instant());
            return claimed.size();
        } catch (RuntimeException e) {
            decided.forEach(d -> d.span().failed(e));
            throw e;
        } finally {
            decided.forEach(d -> d.span().close());
        }
    }

    /** A decision and what it read, to be counted once it is written; its span ends then. */
    private record Decided(Transition transition, OrderRecord order, List<ShipmentRecord> shipments,
                           RouteResult result, RoutingOutcome outcome, Duration took, WorkScope span) {
        void count(KpiRecorder kpis) {
            kpis.routed(order.namespace(), order.id(), result, outcome.reason(), outcome.needsPerson(), took);
            kpis.changed(order, shipments, List.of(), transition);
        }
    }

    /**
     * Routes the command's order inside its {@code waybill.route} span, which stays open until the decision is
     * written; the commands the decision causes carry that span's context.
     */
    private Optional<Decided> traced(OutboxCommand command) {
        WorkScope span = spans.resume("waybill.route", command.traceParent(), command.orderRef())
                .with(WorkSpans.DELIVERY, (long) command.attempts());
        try {
            Optional<Decided> decided = route(command, span);
            if (decided.isEmpty()) {
                span.outcome("NothingToDo").close();
            }
            return decided;
        } catch (RuntimeException e) {
            span.failed(e).close();
            throw e;
        } finally {
            span.leave();
        }
    }

    /** The decision for the command's order as a transition completing the command; empty when nothing is left. */
    private Optional<Decided> route(OutboxCommand command, WorkScope span) {
        OrderRecord order = store.find(command.orderRef()).orElse(null);
        Optional<Reroute> reroute = Reroute.parse(command.payload());
        if (order == null || (reroute.isEmpty() ? !ROUTABLE.contains(order.state())
                : Reroute.CLOSED.contains(order.state()))) {
            return Optional.empty(); // cancelled or routed meanwhile: nothing left to decide
        }
        ReadResult read = new OrderReader(OrderDefaults.none()).read(order.body().getBytes(StandardCharsets.UTF_8));
        CanonicalOrder whole = read.validOrder().orElseThrow();
        CanonicalOrder routed = reroute.map(r -> r.of(whole)).orElse(whole);
        if (routed.lines().isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        CompiledModel snapshot = model.snapshot();
        long started = System.nanoTime();
        RouteResult result = router.decide(RouteRequest.of(snapshot, order.namespace(), routed, now, load, stock));
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        RoutingOutcome outcome = reroute.isPresent() ? RoutingOutcome.ofReroute(result.decision(), now)
                : RoutingOutcome.of(result.decision(), now);
        LOG.debugf("order %s %s -> %s (%s)", order.id(), order.state(), outcome.state(),
                result.explanation().summary());
        span.outcome(outcome.reason());
        List<ShipmentRecord> shipments = store.shipments(order.id());
        Transition transition = RoutingRecord.transition(order, routed, shipments, snapshot, result, outcome, now,
                command.seq()).causedBy(span.traceParent());
        return Optional.of(new Decided(transition, order, shipments, result, outcome, took, span));
    }

    void onStop(@Observes ShutdownEvent event) {
        executor.shutdownNow();
    }
}
