package dev.waybill.operator.orchestration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.waybill.operator.routing.CandidateScore;
import dev.waybill.operator.routing.RouteResult;
import dev.waybill.operator.routing.ShadowComparison;
import dev.waybill.operator.routing.Shipment;
import dev.waybill.operator.store.AuditEvent;
import dev.waybill.operator.store.OrderRecord;
import dev.waybill.operator.store.OutboxCommand;
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

    static Transition transition(OrderRecord order, RouteResult result, RoutingOutcome outcome, Instant now,
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
        for (Shipment shipment : result.decision().shipments()) {
            commands.add(OutboxCommand.of(order.id(), "Dispatch", json(Map.of("node", shipment.node().name(),
                    "lines", shipment.lineIds(), "policy", policy == null ? "" : policy)), now));
        }
        outcome.rerouteAt().ifPresent(at -> commands.add(OutboxCommand.of(order.id(), "Route", "{}", at)));
        return new Transition(order.withState(outcome.state(), now), order.version(), events, commands,
                Optional.of(command));
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

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("routing records are plain data", e);
        }
    }
}
