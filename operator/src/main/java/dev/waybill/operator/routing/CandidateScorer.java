package dev.waybill.operator.routing;

import java.util.Arrays;

/**
 * Ranks candidates by the policy's weights. Each factor is normalised to 0..1 over the candidates by min-max
 * (1 for the best value among them, 0 for the worst), and the total is the weighted mean of the four factors:
 *
 * <ul>
 *   <li><b>distance</b>: haversine km from the node to the ship-to coordinates, nearer is better. An order
 *       without coordinates scores every node 1 (the weight contributes equally); a node without coordinates
 *       scores 0.</li>
 *   <li><b>cost</b>: {@code costPerShipment}, cheaper is better; a node without a cost scores 0.</li>
 *   <li><b>load</b>: the fuller of backlog/maxBacklog and ordersLastHour/ordersPerHour (each only when set;
 *       0 for a node with no capacity limits), idler is better.</li>
 *   <li><b>promise</b>: days of slack between the earliest delivery and {@code promisedBy}
 *       ({@link DeliveryPromise}), more is better; an order without {@code promisedBy} scores every node 1.</li>
 * </ul>
 *
 * When every candidate has the same value for a factor, each scores 1 on it. Ties in the total (totals within
 * 2^-42 of each other) are broken by node name, so the ranking is deterministic.
 */
final class CandidateScorer {

    private CandidateScorer() {
    }

    /** Scores the first {@code count} candidates and sorts them best first, in place. */
    static void rank(ScoredNode[] candidates, int count, FilterContext context) {
        double[] raw = new double[count];
        distance(candidates, count, context.order(), raw);
        cost(candidates, count, raw);
        load(candidates, count, context, raw);
        promise(candidates, count, context, raw);
        PolicyRules p = context.policy();
        double weights = p.distanceWeight + p.costWeight + p.loadWeight + p.promiseWeight;
        for (int i = 0; i < count; i++) {
            ScoredNode c = candidates[i];
            double sum = p.distanceWeight * c.distance + p.costWeight * c.cost + p.loadWeight * c.load
                    + p.promiseWeight * c.promise;
            c.total = weights > 0 ? sum / weights : 0.0;
        }
        sortByRank(candidates, count);
    }

    /** Best first. Sorts primitive rank keys (several times faster than sorting the objects), then reorders. */
    static void sortByRank(ScoredNode[] candidates, int count) {
        int maxPosition = 0;
        for (int i = 0; i < count; i++) {
            maxPosition = Math.max(maxPosition, candidates[i].position);
        }
        ScoredNode[] byPosition = maxPosition < (1 << ScoredNode.POSITION_BITS) ? new ScoredNode[maxPosition + 1]
                : null;
        long[] keys = new long[count];
        for (int i = 0; i < count && byPosition != null; i++) {
            if (byPosition[candidates[i].position] != null) {
                byPosition = null; // positions not unique: not from one index; sort the objects instead
            } else {
                byPosition[candidates[i].position] = candidates[i];
                keys[i] = candidates[i].rankKey();
            }
        }
        if (byPosition == null) {
            Arrays.sort(candidates, 0, count, ScoredNode.RANKING);
            return;
        }
        Arrays.sort(keys);
        long mask = (1L << ScoredNode.POSITION_BITS) - 1;
        for (int i = 0; i < count; i++) {
            candidates[i] = byPosition[(int) (keys[i] & mask)];
        }
    }

    private static void distance(ScoredNode[] candidates, int count, OrderProfile order, double[] raw) {
        for (int i = 0; i < count; i++) {
            NodeProfile n = candidates[i].node;
            candidates[i].distanceKm = order.located() && n.located()
                    ? GreatCircle.km(n.location3d, order.shipTo3d) : Double.NaN;
            raw[i] = order.located() ? candidates[i].distanceKm : 0.0;
        }
        normalise(raw, count, true);
        for (int i = 0; i < count; i++) {
            candidates[i].distance = raw[i];
        }
    }

    private static void cost(ScoredNode[] candidates, int count, double[] raw) {
        for (int i = 0; i < count; i++) {
            raw[i] = candidates[i].node.cost;
        }
        normalise(raw, count, true);
        for (int i = 0; i < count; i++) {
            candidates[i].cost = raw[i];
        }
    }

    private static void load(ScoredNode[] candidates, int count, FilterContext context, double[] raw) {
        for (int i = 0; i < count; i++) {
            raw[i] = loadRatio(candidates[i].node, context.load());
        }
        normalise(raw, count, true);
        for (int i = 0; i < count; i++) {
            candidates[i].load = raw[i];
        }
    }

    private static void promise(ScoredNode[] candidates, int count, FilterContext context, double[] raw) {
        OrderProfile order = context.order();
        for (int i = 0; i < count; i++) {
            raw[i] = order.promisedBy == null ? 0.0 : DeliveryPromise.slackDays(candidates[i].node,
                    order.shippingMethod, context.clock());
        }
        normalise(raw, count, false);
        for (int i = 0; i < count; i++) {
            candidates[i].promise = raw[i];
        }
    }

    /** The fuller of the node's two capacity ratios; 0 without limits. */
    static double loadRatio(NodeProfile node, NodeLoad load) {
        double ratio = 0.0;
        if (node.maxBacklog > 0) {
            ratio = (double) load.backlog(node.key) / node.maxBacklog;
        }
        if (node.ordersPerHour > 0) {
            ratio = Math.max(ratio, (double) load.ordersLastHour(node.key) / node.ordersPerHour);
        }
        return ratio;
    }

    /**
     * Min-max normalisation in place over the first {@code count} values: the best becomes 1, the worst 0; NaN
     * (unknown) becomes 0; all equal become 1.
     */
    static void normalise(double[] values, int count, boolean lowerIsBetter) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < count; i++) {
            if (!Double.isNaN(values[i])) {
                min = Math.min(min, values[i]);
                max = Math.max(max, values[i]);
            }
        }
        double span = max - min;
        for (int i = 0; i < count; i++) {
            double v = values[i];
            if (Double.isNaN(v)) {
                values[i] = 0.0;
            } else if (!(span > 0)) {
                values[i] = 1.0;
            } else {
                values[i] = lowerIsBetter ? (max - v) / span : (v - min) / span;
            }
        }
    }
}
