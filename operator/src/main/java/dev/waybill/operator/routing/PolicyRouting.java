package dev.waybill.operator.routing;

import dev.waybill.api.v1alpha1.policy.BackorderAction;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Runs one policy over the namespace's nodes: filter, score, check stock in rank order, split if allowed and
 * needed, else backorder. Used for the Active policy and for each Shadow one.
 */
final class PolicyRouting {

    /** One policy's decision and, when asked for, what the explanation needs. */
    record Run(RouteDecision decision, List<CandidateScore> candidates, List<Exclusion> excluded,
               Map<ExclusionReason, Integer> exclusionCounts) {
    }

    private PolicyRouting() {
    }

    static Run run(PolicyRules policy, NodeProfile[] nodes, OrderProfile order, ZoneClock clock, NodeLoad load,
                   StockLevels stock, boolean explain) {
        FilterContext context = new FilterContext(policy, order, clock, load);
        ExclusionReason[] reasons = new ExclusionReason[nodes.length];
        ScoredNode[] candidates = new ScoredNode[nodes.length];
        int count = 0;
        for (int i = 0; i < nodes.length; i++) {
            reasons[i] = CandidateFilters.firstExclusion(nodes[i], context);
            if (reasons[i] == null) {
                candidates[count++] = new ScoredNode(nodes[i], i);
            }
        }
        if (count == 0) {
            return finish(new RouteDecision.NoCandidate(policy.name, policy.onNoCandidate),
                    nodes, reasons, candidates, 0, explain);
        }
        CandidateScorer.rank(candidates, count, context);
        RouteDecision decision = allocate(policy, order, clock.now, stock, candidates, count);
        for (int i = 0; i < count; i++) {
            if (candidates[i].coverage != null && candidates[i].coverage.isEmpty() && order.lineCount() > 0) {
                reasons[candidates[i].position] = ExclusionReason.OutOfStock;
            }
        }
        return finish(decision, nodes, reasons, candidates, count, explain);
    }

    private static RouteDecision allocate(PolicyRules policy, OrderProfile order, Instant now, StockLevels stock,
                                          ScoredNode[] ranked, int count) {
        int lines = order.lineCount();
        for (int i = 0; i < count; i++) {
            ScoredNode c = ranked[i];
            c.coverage = StockCoverage.cover(c.node, order, stock);
            if (c.coverage.cardinality() == lines) {
                return new RouteDecision.Routed(policy.name, List.of(new Shipment(c.node.key, order.lineIds)));
            }
        }
        if (policy.splitAllowed) {
            List<SplitPlanner.Part> parts = SplitPlanner.plan(ranked, count, lines, policy.maxShipments);
            if (parts != null) {
                List<Shipment> shipments = new ArrayList<>(parts.size());
                for (SplitPlanner.Part part : parts) {
                    shipments.add(new Shipment(part.node().node.key, lineIds(order, part.lines())));
                }
                return new RouteDecision.Routed(policy.name, shipments);
            }
        }
        BitSet anywhere = new BitSet(lines);
        for (int i = 0; i < count; i++) {
            anywhere.or(ranked[i].coverage);
        }
        BitSet unstocked = new BitSet(lines);
        unstocked.set(0, lines);
        unstocked.andNot(anywhere);
        Instant holdUntil = policy.backorderAction == BackorderAction.Hold
                ? now.plus(Duration.ofMinutes(policy.maxHoldMinutes)) : null;
        return new RouteDecision.Backordered(policy.name, policy.backorderAction, holdUntil,
                lineIds(order, unstocked));
    }

    private static List<String> lineIds(OrderProfile order, BitSet lines) {
        List<String> ids = new ArrayList<>(lines.cardinality());
        for (int i = lines.nextSetBit(0); i >= 0; i = lines.nextSetBit(i + 1)) {
            ids.add(order.lineIds.get(i));
        }
        return ids;
    }

    private static Run finish(RouteDecision decision, NodeProfile[] nodes, ExclusionReason[] reasons,
                              ScoredNode[] ranked, int count, boolean explain) {
        if (!explain) {
            return new Run(decision, List.of(), List.of(), Map.of());
        }
        List<CandidateScore> scores = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            scores.add(ranked[i].toScore(i + 1));
        }
        List<Exclusion> excluded = new ArrayList<>(nodes.length - count);
        int[] perReason = new int[ExclusionReason.values().length];
        for (int i = 0; i < nodes.length; i++) {
            if (reasons[i] != null) {
                excluded.add(new Exclusion(nodes[i].name, reasons[i]));
                perReason[reasons[i].ordinal()]++;
            }
        }
        Map<ExclusionReason, Integer> counts = new EnumMap<>(ExclusionReason.class);
        for (ExclusionReason reason : ExclusionReason.values()) {
            if (perReason[reason.ordinal()] > 0) {
                counts.put(reason, perReason[reason.ordinal()]);
            }
        }
        return new Run(decision, scores, excluded, counts);
    }
}
