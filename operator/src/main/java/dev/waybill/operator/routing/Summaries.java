package dev.waybill.operator.routing;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The one-line human summary of a decision. */
final class Summaries {

    private Summaries() {
    }

    static String noPolicy(String orderId, String namespace, List<PolicyVerdict> verdicts) {
        if (verdicts.isEmpty()) {
            return orderId + ": no RoutingPolicy in namespace " + namespace;
        }
        Map<PolicyOutcome, Integer> counts = new EnumMap<>(PolicyOutcome.class);
        verdicts.forEach(v -> counts.merge(v.outcome(), 1, Integer::sum));
        return orderId + ": no Active policy in namespace " + namespace + " took the order (" + counts(counts) + ")";
    }

    static String of(String orderId, PolicyRules policy, PolicyRouting.Run run) {
        int candidates = run.candidates().size();
        int excluded = run.excluded().size();
        String by = " by policy " + policy.name;
        RouteDecision decision = run.decision();
        if (decision instanceof RouteDecision.Routed routed && routed.split()) {
            return orderId + " split" + by + " into " + routed.shipments().size() + " shipments: "
                    + shipments(routed.shipments()) + "; no single candidate has every line in stock ("
                    + candidates + " candidates, " + excluded + " nodes excluded)";
        }
        if (decision instanceof RouteDecision.Routed routed) {
            String node = routed.shipments().get(0).node().name();
            double score = run.candidates().stream().filter(c -> c.node().equals(node)).findFirst()
                    .map(CandidateScore::total).orElse(0.0);
            return orderId + " routed" + by + " to " + node + " (score " + String.format(Locale.ROOT, "%.3f", score)
                    + ", " + candidates + " candidates, " + excluded + " nodes excluded)";
        }
        if (decision instanceof RouteDecision.Backordered b) {
            return orderId + " backordered" + by + ", action " + b.action()
                    + (b.holdUntil() == null ? "" : " until " + b.holdUntil()) + ": "
                    + backorderCause(policy, b, candidates);
        }
        RouteDecision.NoCandidate none = (RouteDecision.NoCandidate) decision;
        return orderId + ": no candidate" + by + ", " + (excluded == 0 ? "no nodes in the namespace"
                : "all " + excluded + " nodes excluded (" + counts(run.exclusionCounts()) + ")")
                + "; action " + none.action();
    }

    private static String backorderCause(PolicyRules policy, RouteDecision.Backordered b, int candidates) {
        if (!b.unstockedLines().isEmpty()) {
            return (b.unstockedLines().size() == 1 ? "line " : "lines ") + String.join(", ", b.unstockedLines())
                    + " in stock at none of " + candidates + " candidates";
        }
        if (!policy.splitAllowed) {
            return "no single candidate of " + candidates + " has every line in stock and the policy does not split";
        }
        return "covering every line needs more than split.maxShipments " + policy.maxShipments + " shipments";
    }

    private static String shipments(List<Shipment> shipments) {
        return shipments.stream().map(s -> s.node().name() + " (" + (s.lineIds().size() == 1 ? "line " : "lines ")
                + String.join(", ", s.lineIds()) + ")").collect(Collectors.joining(" + "));
    }

    private static String counts(Map<? extends Enum<?>, Integer> counts) {
        return counts.entrySet().stream().map(e -> e.getKey().name() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
