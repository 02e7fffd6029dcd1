package dev.waybill.operator.kpi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waybill.operator.store.AuditEvent;
import dev.waybill.operator.store.ExceptionRecord;
import dev.waybill.operator.store.OrderRecord;
import dev.waybill.operator.store.ShipmentRecord;
import dev.waybill.operator.store.Transition;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a committed change of an order did, as {@link OrderFact}s: shipments that appeared or moved state (by
 * comparing them before and after), what its audit events record (dispatches, refusals, compensations,
 * cancellation requests), exception entries it opened, and whether the order itself shipped or was cancelled. The
 * audit vocabulary read here is the documented one (docs/api.md). Pure.
 */
final class OrderFacts {

    private static final ObjectMapper JSON = new ObjectMapper();

    private OrderFacts() {
    }

    /**
     * @param before        the order as the change read it
     * @param shipments     its shipments as the change read them
     * @param openBefore    ids of its exception entries that were open before
     * @param change        the transition that was committed
     */
    static List<OrderFact> of(OrderRecord before, List<ShipmentRecord> shipments, Collection<String> openBefore,
                              Transition change) {
        List<OrderFact> facts = new ArrayList<>();
        Map<String, ShipmentRecord> old = shipments.stream()
                .collect(Collectors.toMap(ShipmentRecord::id, Function.identity(), (a, b) -> a));
        for (ShipmentRecord now : change.shipments()) {
            ShipmentRecord was = old.get(now.id());
            if (was == null) {
                facts.add(new OrderFact.Assigned(now.node()));
            } else if (!Objects.equals(was.state(), now.state())) {
                shipmentMoved(now, facts);
            }
        }
        change.events().forEach(event -> audited(event, facts));
        for (ExceptionRecord exception : change.exceptions()) {
            if (ExceptionRecord.OPEN.equals(exception.state()) && !openBefore.contains(exception.id())) {
                facts.add(new OrderFact.ExceptionOpened(exception.reason()));
            }
        }
        orderMoved(before, change.next(), facts);
        return facts;
    }

    private static void shipmentMoved(ShipmentRecord now, List<OrderFact> facts) {
        switch (now.state()) {
            case "Shipped" -> facts.add(new OrderFact.Shipped(now.node()));
            case "Rejected" -> facts.add(new OrderFact.Failed(now.node()));
            case "Cancelled" -> facts.add(new OrderFact.Cancelled(now.node()));
            default -> { }
        }
    }

    private static void audited(AuditEvent event, List<OrderFact> facts) {
        switch (event.type()) {
            case "Dispatched" -> facts.add(new OrderFact.DispatchEnded(true));
            case "VendorRefused" -> facts.add(new OrderFact.DispatchEnded(false));
            case "DispatchFailed" -> {
                facts.add(new OrderFact.DispatchEnded(false));
                facts.add(new OrderFact.Failed(event.node()));
            }
            case "Compensated" -> facts.add(new OrderFact.Compensated(event.outcome()));
            case "CancelRequested" -> facts.add(new OrderFact.CancelRequested());
            default -> { }
        }
    }

    private static void orderMoved(OrderRecord before, OrderRecord after, List<OrderFact> facts) {
        if (Objects.equals(before.state(), after.state())) {
            return;
        }
        if ("Shipped".equals(after.state())) {
            Instant promised = promisedBy(after.body());
            facts.add(new OrderFact.OrderShipped(promised == null ? null : !after.updatedAt().isAfter(promised)));
        } else if ("Cancelled".equals(after.state())) {
            facts.add(new OrderFact.OrderCancelled());
        }
    }

    /** The canonical order's promisedBy, or null when absent or unreadable. */
    static Instant promisedBy(String body) {
        try {
            JsonNode promised = JSON.readTree(body).path("promisedBy");
            return promised.isTextual() ? Instant.parse(promised.asText()) : null;
        } catch (IOException | DateTimeException e) {
            return null;
        }
    }
}
