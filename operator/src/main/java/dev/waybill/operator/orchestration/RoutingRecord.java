package dev.waybill.operator.orchestration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.waybill.adapter.model.CanonicalOrder;
import dev.waybill.adapter.model.OrderLine;
import dev.waybill.operator.fulfillment.OrderProgress;
import dev.waybill.operator.fulfillment.ShipmentState;
import dev.waybill.operator.model.CompiledModel;
import dev.waybill.operator.model.CompiledNode;
import dev.waybill.operator.routing.CandidateScore;
import dev.waybill.operator.routing.RouteResult;
import dev.waybill.operator.routing.ShadowComparison;
import dev.waybill.operator.routing.Shipment;
import dev.waybill.operator.store.AuditEvent;
import dev.waybill.operator.store.ExceptionRecord;
import dev.waybill.operator.store.OrderRecord;
import dev.waybill.operator.store.OutboxCommand;
import dev.waybill.operator.store.ShipmentLine;
import dev.waybill.operator.store.ShipmentRecord;
import dev.waybill.operator.store.Transition;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Turns a routing decision into what is written: the order's next state, audit events that explain it (the policy,
 * the best candidates with their scores, how many nodes were excluded and why, each shadow comparison) and the
 * commands it causes.
 */
final class RoutingRecord {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());
    /** The audit trail keeps the best few candidates; the preview endpoint shows all of them. */
    private static final int CANDIDATES_KEPT = 5;

    private RoutingRecord() {
    }

    /**
     * @param routed   the order as routed (all of it, or the lines routed again after a vendor refused them)
     * @param existing the order's shipments so far (new ones are numbered after them)
     */
    static Transition transition(OrderRecord order, CanonicalOrder routed, List<ShipmentRecord> existing,
                                 CompiledModel model, RouteResult result, RoutingOutcome outcome, Instant now,
                                 long command) {
        List<AuditEvent> events = new ArrayList<>();
        String policy = result.explanation().policy();
        events.add(new AuditEvent(now, "RoutingDecided", "route", null, null, outcome.reason(),
                json(explanation(result)), order.id()));
        for (ShadowComparison shadow : result.shadows()) {
            events.add(new AuditEvent(now, "ShadowCompared", "route", null, null,
                    shadow.agrees() ? "Agreed" : "Disagreed", json(shadow), order.id()));
        }
        List<OutboxCommand> commands = new ArrayList<>();
        List<ShipmentRecord> shipments = new ArrayList<>();
        for (Shipment planned : result.decision().shipments()) {
            ShipmentRecord shipment = shipment(order, routed, model, planned, existing.size() + shipments.size() + 1,
                    now);
            shipments.add(shipment);
            commands.add(OutboxCommand.of(order.id(), "Dispatch", json(Map.of("shipment", shipment.id(),
                    "policy", policy == null ? "" : policy)), now));
        }
        outcome.rerouteAt().ifPresent(at -> commands.add(OutboxCommand.of(order.id(), "Route", "{}", at)));
        List<ExceptionRecord> exceptions = outcome.needsPerson()
                ? List.of(new ExceptionRecord("x" + command,
                order.id(), null, outcome.reason(), json(Map.of("operation", "route", "summary",
                result.explanation().summary(), "lines", routed.lines().stream().map(l -> l.lineId()).toList())),
                0, ExceptionRecord.OPEN, null, now, now))
                : List.of();
        String state = existing.isEmpty() ? outcome.state()
                : exceptions.isEmpty() ? OrderProgress.derive(order.state(), concat(existing, shipments), false)
                : "OnHold";
        return new Transition(order.withState(state, now), order.version(), events, commands, Optional.of(command),
                shipments, exceptions, List.of());
    }

    private static ShipmentRecord shipment(OrderRecord order, CanonicalOrder routed, CompiledModel model,
                                           Shipment planned, int number, Instant now) {
        Map<String, OrderLine> byId = routed.lines().stream()
                .collect(Collectors.toMap(OrderLine::lineId, l -> l, (a, b) -> a));
        List<ShipmentLine> lines = planned.lineIds().stream().map(byId::get)
                .map(l -> new ShipmentLine(l.lineId(), l.sku(), l.quantity(), 0, 0, 0)).toList();
        CompiledNode node = model.nodes().get(planned.node());
        String contract = node == null ? "" : node.spec().adapterRef.name;
        return new ShipmentRecord(order.id() + "-" + number, order.id(), planned.node().name(), contract,
                ShipmentState.Pending.name(), lines, null, null, now, now);
    }

    private static List<ShipmentRecord> concat(List<ShipmentRecord> a, List<ShipmentRecord> b) {
        List<ShipmentRecord> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static Map<String, Object> explanation(RouteResult result) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("summary", result.explanation().summary());
        detail.put("decision", result.decision());
        List<CandidateScore> candidates = result.explanation().candidates();
        detail.put("candidates", candidates.subList(0, Math.min(CANDIDATES_KEPT, candidates.size())));
        detail.put("candidateCount", candidates.size());
        Map<String, Long> excluded = result.explanation().excluded().stream()
                .collect(Collectors.groupingBy(e -> e.reason().name(), TreeMap::new, Collectors.counting()));
        detail.put("excluded", excluded);
        detail.put("policies", result.explanation().policies());
        return detail;
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("routing records are plain data", e);
        }
    }
}
