package dev.waybill.operator.store;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Scope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link OrderStore} must do, run against each implementation on a real database. */
abstract class OrderStoreContract {

    static final Instant T0 = Instant.parse("2026-11-27T10:00:00Z");

    OrderStore store;
    private final String namespace = "ns-" + UUID.randomUUID().toString().substring(0, 8);

    abstract OrderStore open();

    @BeforeEach
    void openStore() {
        store = open();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void acceptsAnOrderWithItsEventsAndCommandsInOneGo() {
        Intake intake = store.accept(request("key-1", "hash-1", "SO-1"));

        OrderRecord order = ((Intake.Accepted) intake).order();
        assertThat(store.find(order.id())).contains(order);
        assertThat(store.auditTrail(order.id())).extracting(AuditEvent::type).containsExactly("Received", "Validated");
        List<OutboxCommand> due = store.claim("Route", "w1", 10, T0, Duration.ofSeconds(30));
        assertThat(due).singleElement().satisfies(c -> {
            assertThat(c.orderRef()).isEqualTo(order.id());
            assertThat(c.command()).isEqualTo("Route");
            assertThat(c.attempts()).isEqualTo(1);
        });
    }

    @Test
    void theSameKeyAndRequestIsAReplayNotASecondOrder() {
        OrderRecord first = ((Intake.Accepted) store.accept(request("key-1", "hash-1", "SO-1"))).order();

        Intake again = store.accept(request("key-1", "hash-1", "SO-1"));

        assertThat(again).isEqualTo(new Intake.Replayed(first));
        assertThat(store.auditTrail(first.id())).hasSize(2);
    }

    @Test
    void theSameKeyWithAnotherRequestIsRefused() {
        OrderRecord first = ((Intake.Accepted) store.accept(request("key-1", "hash-1", "SO-1"))).order();

        assertThat(store.accept(request("key-1", "hash-2", "SO-2"))).isEqualTo(new Intake.KeyReused(first.id()));
    }

    @Test
    void theSameOrderUnderAnotherKeyIsNotTakenTwice() {
        OrderRecord first = ((Intake.Accepted) store.accept(request("key-1", "hash-1", "SO-1"))).order();

        assertThat(store.accept(request("key-2", "hash-9", "SO-1"))).isEqualTo(new Intake.DuplicateOrder(first));
    }

    @Test
    void fiftyConcurrentDuplicatesMakeExactlyOneOrder() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Intake>> answers = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            answers.add(pool.submit(() -> {
                start.await();
                return store.accept(request("key-dup", "hash-dup", "SO-DUP"));
            }));
        }
        start.countDown();
        List<Intake> intakes = new ArrayList<>();
        for (Future<Intake> answer : answers) {
            intakes.add(answer.get());
        }
        pool.shutdown();

        assertThat(intakes.stream().filter(i -> i instanceof Intake.Accepted).count()).isEqualTo(1);
        assertThat(intakes).allSatisfy(i -> assertThat(i).isInstanceOfAny(Intake.Accepted.class, Intake.Replayed.class));
        assertThat(intakes.stream().map(StoreTestSupport::orderId).distinct().count()).isEqualTo(1);
    }

    @Test
    void aTransitionAppliesOnlyAtTheVersionItRead() {
        OrderRecord order = ((Intake.Accepted) store.accept(request("key-1", "hash-1", "SO-1"))).order();
        OrderRecord routed = order.withState("Routed", T0.plusSeconds(1));

        boolean applied = store.apply(new Transition(routed, order.version(),
                List.of(AuditEvent.of(T0.plusSeconds(1), "Routed", "Succeeded", "to acme-newark")), List.of()));
        boolean stale = store.apply(new Transition(order.withState("Rejected", T0.plusSeconds(2)), order.version(),
                List.of(AuditEvent.of(T0.plusSeconds(2), "Rejected", "Failed", "lost race")), List.of()));

        assertThat(applied).isTrue();
        assertThat(stale).as("a writer that read an old version loses").isFalse();
        assertThat(store.find(order.id()).orElseThrow().state()).isEqualTo("Routed");
        assertThat(store.auditTrail(order.id())).extracting(AuditEvent::type)
                .containsExactly("Received", "Validated", "Routed");
    }

    @Test
    void outboxCommandsAreClaimedOnceUntilTheirLeaseExpiresAndGoneWhenComplete() throws Exception {
        for (int i = 0; i < 20; i++) {
            store.accept(request("key-" + i, "hash-" + i, "SO-" + i));
        }
        Set<Long> claimed = Collections.newSetFromMap(new ConcurrentHashMap<>());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<List<OutboxCommand>>> claims = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            String worker = "w" + w;
            claims.add(pool.submit(() -> store.claim("Route", worker, 8, T0, Duration.ofSeconds(30))));
        }
        int total = 0;
        for (Future<List<OutboxCommand>> claim : claims) {
            for (OutboxCommand command : claim.get()) {
                assertThat(claimed.add(command.seq())).as("claimed twice: %s", command.seq()).isTrue();
                total++;
            }
        }
        pool.shutdown();
        assertThat(total).isEqualTo(20);
        assertThat(store.claim("Route", "w9", 100, T0.plusSeconds(10), Duration.ofSeconds(30))).as("leases hold").isEmpty();

        long done = claimed.iterator().next();
        store.complete(done, T0.plusSeconds(5));
        List<OutboxCommand> reclaimed = store.claim("Route", "w9", 100, T0.plusSeconds(31), Duration.ofSeconds(30));

        assertThat(reclaimed).hasSize(19).noneMatch(c -> c.seq() == done).allMatch(c -> c.attempts() == 2);
    }

    @Test
    void aTransitionCanFinishTheCommandThatCausedIt() {
        OrderRecord order = ((Intake.Accepted) store.accept(request("key-1", "hash-1", "SO-1"))).order();
        OutboxCommand route = store.claim("Route", "w1", 10, T0, Duration.ofSeconds(30)).get(0);

        store.apply(new Transition(order.withState("Routed", T0.plusSeconds(1)), order.version(),
                List.of(), List.of(OutboxCommand.of(order.id(), "Dispatch", "{}", T0)), java.util.Optional.of(route.seq())));

        assertThat(store.claim("Route", "w2", 10, T0.plusSeconds(60), Duration.ofSeconds(30)))
                .as("the finished Route command is gone even after its lease").isEmpty();
        assertThat(store.claim("Dispatch", "w2", 10, T0.plusSeconds(60), Duration.ofSeconds(30))).hasSize(1);
    }

    @Test
    void commandsCarryTheTraceOfTheWorkThatWroteThem() {
        String intake = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        OrderRecord order;
        try (Scope ignored = current(intake)) {
            order = ((Intake.Accepted) store.accept(request("key-1", "hash-1", "SO-1"))).order();
        }
        OutboxCommand route = store.claim("Route", "w1", 10, T0, Duration.ofSeconds(30)).get(0);
        assertThat(route.traceParent()).isEqualTo(intake);

        String routing = "00-4bf92f3577b34da6a3ce929d0e0e4736-b7ad6b7169203331-01";
        try (Scope ignored = current("00-0af7651916cd43dd8448eb211c80319c-b9c7c989f97918e1-00")) {
            store.apply(new Transition(order.withState("Routed", T0.plusSeconds(1)), order.version(), List.of(),
                    List.of(OutboxCommand.of(order.id(), "Dispatch", "{}", T0).causedBy(routing),
                            OutboxCommand.of(order.id(), "Release", "{}", T0)), java.util.Optional.of(route.seq())));
        }
        store.apply(new Transition(order.withState("Routed", T0.plusSeconds(1)).withState("Dispatched",
                T0.plusSeconds(2)), order.version() + 1, List.of(), List.of(OutboxCommand.of(order.id(), "Void", "{}",
                T0))));

        Instant later = T0.plusSeconds(60);
        assertThat(store.claim("Dispatch", "w2", 10, later, Duration.ofSeconds(30)).get(0).traceParent())
                .as("a command that names its cause keeps it").isEqualTo(routing);
        assertThat(store.claim("Release", "w2", 10, later, Duration.ofSeconds(30)).get(0).traceParent())
                .as("others are stamped with the writer's trace")
                .isEqualTo("00-0af7651916cd43dd8448eb211c80319c-b9c7c989f97918e1-00");
        assertThat(store.claim("Void", "w2", 10, later, Duration.ofSeconds(30)).get(0).traceParent())
                .as("written outside any trace").isNull();
    }

    /** Makes the span a traceparent names current, as a request's or a worker's span would be. */
    private static Scope current(String traceParent) {
        String[] parts = traceParent.split("-");
        return Span.wrap(SpanContext.create(parts[1], parts[2], "01".equals(parts[3]) ? TraceFlags.getSampled()
                : TraceFlags.getDefault(), TraceState.getDefault())).makeCurrent();
    }

    @Test
    void aWorkerClaimsOnlyTheCommandsItHandles() {
        store.accept(request("key-1", "hash-1", "SO-1"));

        assertThat(store.claim("Dispatch", "w1", 10, T0, Duration.ofSeconds(30))).isEmpty();
        assertThat(store.claim("Route", "w1", 10, T0, Duration.ofSeconds(30))).hasSize(1);
    }

    @Test
    void expiredKeysArePurgedAndTheOrderStays() {
        OrderRecord order = ((Intake.Accepted) store.accept(request("key-1", "hash-1", "SO-1"))).order();

        assertThat(store.purgeExpiredKeys(T0.plus(Duration.ofDays(6)))).isZero();
        assertThat(store.purgeExpiredKeys(T0.plus(Duration.ofDays(8)))).isEqualTo(1);
        assertThat(store.find(order.id())).isPresent();
    }

    @Test
    void whatWasAcceptedSurvivesReopening() {
        OrderRecord order = ((Intake.Accepted) store.accept(request("key-1", "hash-1", "SO-1"))).order();
        store.close();

        store = open();

        assertThat(store.find(order.id())).contains(order);
        assertThat(store.accept(request("key-1", "hash-1", "SO-1"))).isEqualTo(new Intake.Replayed(order));
    }

    @Test
    void shipmentsExceptionsAndConsumedEventsAreWrittenWithTheirTransition() {
        OrderRecord order = ((Intake.Accepted) store.accept(request("key-1", "hash-1", "SO-1"))).order();
        ShipmentRecord shipment = new ShipmentRecord(order.id() + "-1", order.id(), "acme-newark", "acme-3pl",
                "Submitted", List.of(new ShipmentLine("1", "ABC-123", 2, 0, 0, 0)), namespace + "-ACME-1", "RES-1", T0, T0);
        ExceptionRecord exception = new ExceptionRecord(namespace + "-x1", order.id(), shipment.id(), "CancelUnsupported",
                "{\"operation\":\"cancel\"}", 0, ExceptionRecord.OPEN, null, T0, T0);
        OrderRecord dispatched = order.withState("Dispatched", T0.plusSeconds(1));

        assertThat(store.apply(new Transition(dispatched, order.version(), List.of(), List.of(),
                java.util.Optional.empty(), List.of(shipment), List.of(exception), List.of(namespace + "/evt-1"))))
                .isTrue();

        assertThat(store.shipments(order.id())).containsExactly(shipment);
        assertThat(store.shipment(shipment.id())).contains(shipment);
        assertThat(store.shipmentByVendorReference("acme-3pl", namespace + "-ACME-1")).contains(shipment);
        assertThat(store.shipmentByVendorReference("corner-stores", namespace + "-ACME-1")).isEmpty();
        assertThat(store.exceptions(java.util.Optional.of("Open"), java.util.Optional.of(order.id()), 10))
                .containsExactly(exception);
        assertThat(store.inboundEventSeen(namespace + "/evt-1")).isTrue();
        assertThat(store.inboundEventSeen(namespace + "/evt-2")).isFalse();

        ShipmentRecord shipped = shipment.withState("Shipped", T0.plusSeconds(2));
        ExceptionRecord resolved = exception.decided("Resolved", "{\"action\":\"resolve\"}", T0.plusSeconds(2));
        assertThat(store.apply(new Transition(dispatched.withState("Shipped", T0.plusSeconds(2)),
                dispatched.version(), List.of(), List.of(), java.util.Optional.empty(), List.of(shipped),
                List.of(resolved), List.of()))).isTrue();
        assertThat(store.shipment(shipment.id())).contains(shipped);
        assertThat(store.exceptions(java.util.Optional.of("Open"), java.util.Optional.of(order.id()), 10)).isEmpty();
        assertThat(store.exception(namespace + "-x1")).contains(resolved);
    }

    @Test
    void aVendorEventIsConsumedOnceAndItsSecondTransitionChangesNothing() {
        OrderRecord order = ((Intake.Accepted) store.accept(request("key-1", "hash-1", "SO-1"))).order();
        OrderRecord first = order.withState("Dispatched", T0.plusSeconds(1));
        store.apply(new Transition(first, order.version(), List.of(), List.of(), java.util.Optional.empty(),
                List.of(), List.of(), List.of(namespace + "/evt-1")));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.apply(new Transition(
                        first.withState("Shipped", T0.plusSeconds(2)), first.version(),
                        List.of(AuditEvent.of(T0, "VendorEvent", "Shipped", "again")), List.of(),
                        java.util.Optional.empty(), List.of(), List.of(), List.of(namespace + "/evt-1"))))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.uniqueViolation()).isTrue());
        assertThat(store.find(order.id()).orElseThrow().state()).isEqualTo("Dispatched");
        assertThat(store.auditTrail(order.id())).extracting(AuditEvent::type).doesNotContain("VendorEvent");
    }

    @Test
    void aDeferredCommandIsDueAgainLaterAndItsClaimDoesNotCount() {
        store.accept(request("key-1", "hash-1", "SO-1"));
        OutboxCommand first = store.claim("Route", "w1", 10, T0, Duration.ofSeconds(30)).get(0);

        store.defer(first.seq(), T0.plusSeconds(5));

        assertThat(store.claim("Route", "w2", 10, T0.plusSeconds(1), Duration.ofSeconds(30))).isEmpty();
        assertThat(store.pending("Route")).isEqualTo(1);
        assertThat(store.claim("Route", "w2", 10, T0.plusSeconds(5), Duration.ofSeconds(30)))
                .singleElement().satisfies(c -> assertThat(c.attempts()).isEqualTo(first.attempts()));
    }

    @Test
    void manyTransitionsApplyTogetherEachOnItsOwn() {
        OrderRecord a = ((Intake.Accepted) store.accept(request("key-a", "hash-a", "SO-A"))).order();
        OrderRecord b = ((Intake.Accepted) store.accept(request("key-b", "hash-b", "SO-B"))).order();
        List<OutboxCommand> routes = store.claim("Route", "w1", 10, T0, Duration.ofSeconds(30));

        List<OrderStore.Applied> applied = store.applyAll(List.of(
                new Transition(a.withState("Routed", T0), a.version(), List.of(), List.of(),
                        java.util.Optional.of(routes.get(0).seq())),
                new Transition(b.withState("Routed", T0), b.version() + 7, List.of(), List.of(),
                        java.util.Optional.of(routes.get(1).seq()))));
        store.completeAll(List.of(routes.get(1).seq()), T0);

        assertThat(applied).containsExactly(OrderStore.Applied.APPLIED, OrderStore.Applied.STALE);
        assertThat(store.find(a.id()).orElseThrow().state()).isEqualTo("Routed");
        assertThat(store.find(b.id()).orElseThrow().state()).isEqualTo(b.state());
        assertThat(store.claim("Route", "w2", 10, T0.plusSeconds(60), Duration.ofSeconds(30))).isEmpty();
    }

    IntakeRequest request(String key, String hash, String orderId) {
        return StoreTestSupport.request(namespace, key, hash, orderId);
    }
}
