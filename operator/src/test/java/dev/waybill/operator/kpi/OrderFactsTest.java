package dev.waybill.operator.kpi;

import dev.waybill.operator.store.AuditEvent;
import dev.waybill.operator.store.ExceptionRecord;
import dev.waybill.operator.store.OrderRecord;
import dev.waybill.operator.store.ShipmentLine;
import dev.waybill.operator.store.ShipmentRecord;
import dev.waybill.operator.store.Transition;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class OrderFactsTest {

    private static final Instant T0 = Instant.parse("2026-11-27T10:00:00Z");
    private static final String BODY = "{\"orderId\":\"SO-1\",\"promisedBy\":\"2026-11-30T00:00:00Z\"}";
    private static final OrderRecord ROUTED = new OrderRecord("o1", "shop", "SO-1", "web", "Routed", BODY, T0, T0, 2);

    @Test
    void aNewShipmentIsAssignedToItsNode() {
        var facts = OrderFacts.of(ROUTED, List.of(), Set.of(),
                change(ROUTED, List.of(shipment("o1-1", "acme-newark", "Pending")), List.of(), List.of()));

        assertThat(facts).containsExactly(new OrderFact.Assigned("acme-newark"));
    }

    @Test
    void shipmentStatesThatEndCountOncePerMove() {
        var before = List.of(shipment("o1-1", "a", "Accepted"), shipment("o1-2", "b", "Pending"),
                shipment("o1-3", "c", "Submitted"), shipment("o1-4", "d", "Shipped"));
        var after = List.of(shipment("o1-1", "a", "Shipped"), shipment("o1-2", "b", "Rejected"),
                shipment("o1-3", "c", "Cancelled"), shipment("o1-4", "d", "Shipped"));

        var facts = OrderFacts.of(ROUTED, before, Set.of(), change(ROUTED, after, List.of(), List.of()));

        assertThat(facts).containsExactly(new OrderFact.Shipped("a"), new OrderFact.Failed("b"),
                new OrderFact.Cancelled("c"));
    }

    @Test
    void auditEventsTellDispatchesCompensationsAndCancellationRequests() {
        var events = List.of(event("Dispatched", "acme-newark", "Submitted"),
                event("VendorRefused", "store-boston", "OutOfStock"),
                event("DispatchFailed", "dropship-la", "NonRetryableVendorError"),
                event("Compensated", "acme-newark", "Released"),
                event("CancelRequested", null, "Accepted"),
                event("VendorEvent", "acme-newark", "Accepted"));

        var facts = OrderFacts.of(ROUTED, List.of(), Set.of(), change(ROUTED, List.of(), events, List.of()));

        assertThat(facts).containsExactly(new OrderFact.DispatchEnded(true), new OrderFact.DispatchEnded(false),
                new OrderFact.DispatchEnded(false), new OrderFact.Failed("dropship-la"),
                new OrderFact.Compensated("Released"), new OrderFact.CancelRequested());
    }

    @Test
    void onlyNewlyOpenedExceptionsCount() {
        var exceptions = List.of(exception("x1", "Open"), exception("x2", "Open"), exception("x3", "Resolved"));

        var facts = OrderFacts.of(ROUTED, List.of(), Set.of("x2"), change(ROUTED, List.of(), List.of(), exceptions));

        assertThat(facts).containsExactly(new OrderFact.ExceptionOpened("NoCandidate"));
    }

    @Test
    void anOrderShippedByItsPromiseIsOnTimeAfterItIsLate() {
        var onTime = ROUTED.withState("Shipped", Instant.parse("2026-11-29T23:59:59Z"));
        var late = ROUTED.withState("Shipped", Instant.parse("2026-11-30T00:00:01Z"));
        var noPromise = new OrderRecord("o2", "shop", "SO-2", "web", "Shipped", "{}", T0, T0, 3);

        assertThat(OrderFacts.of(ROUTED, List.of(), Set.of(), change(onTime, List.of(), List.of(), List.of())))
                .containsExactly(new OrderFact.OrderShipped(true));
        assertThat(OrderFacts.of(ROUTED, List.of(), Set.of(), change(late, List.of(), List.of(), List.of())))
                .containsExactly(new OrderFact.OrderShipped(false));
        assertThat(OrderFacts.of(ROUTED, List.of(), Set.of(), change(noPromise, List.of(), List.of(), List.of())))
                .containsExactly(new OrderFact.OrderShipped(null));
    }

    @Test
    void anOrderCancelledCountsOnceAndAnUnchangedStateNotAtAll() {
        var cancelled = ROUTED.withState("Cancelled", T0);

        assertThat(OrderFacts.of(ROUTED, List.of(), Set.of(), change(cancelled, List.of(), List.of(), List.of())))
                .containsExactly(new OrderFact.OrderCancelled());
        assertThat(OrderFacts.of(cancelled, List.of(), Set.of(), change(cancelled, List.of(), List.of(), List.of())))
                .isEmpty();
    }

    private static Transition change(OrderRecord next, List<ShipmentRecord> shipments, List<AuditEvent> events,
                                     List<ExceptionRecord> exceptions) {
        return new Transition(next, 2, events, List.of(), Optional.empty(), shipments, exceptions, List.of());
    }

    private static ShipmentRecord shipment(String id, String node, String state) {
        return new ShipmentRecord(id, "o1", node, "contract", state,
                List.of(new ShipmentLine("1", "A", 1, 0, 0, 0)), null, null, T0, T0);
    }

    private static AuditEvent event(String type, String node, String outcome) {
        return new AuditEvent(T0, type, "step", node, 1, outcome, "{}", "o1");
    }

    private static ExceptionRecord exception(String id, String state) {
        return new ExceptionRecord(id, "o1", null, "NoCandidate", "{}", 0, state, null, T0, T0);
    }
}
