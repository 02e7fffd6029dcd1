package dev.waybill.operator.routing;

import java.util.BitSet;
import java.util.Comparator;

/** A candidate while one decision is being made: its factor scores, rank and (once checked) stock coverage. */
final class ScoredNode {

    /** Bits of a rank key that hold the position. */
    static final int POSITION_BITS = 20;
    /** Totals are compared in steps of 2^-42 (about 2e-13), so float noise cannot outrank a name. */
    private static final double TOTAL_STEPS = 0x1p42;

    /** Best first: higher total, then node name (the index order). Agrees with {@link #rankKey()}. */
    static final Comparator<ScoredNode> RANKING = (a, b) -> {
        int byTotal = Long.compare(shortfall(a.total), shortfall(b.total));
        return byTotal != 0 ? byTotal : Integer.compare(a.position, b.position);
    };

    final NodeProfile node;
    /** Position in the namespace's name-ordered nodes: the tie-break. */
    final int position;
    double distanceKm = Double.NaN;
    double distance;
    double cost;
    double load;
    double promise;
    double total;
    /** Lines in stock, null until checked. */
    BitSet coverage;

    ScoredNode(NodeProfile node, int position) {
        this.node = node;
        this.position = position;
    }

    /**
     * A key whose natural order is the ranking: how far the total falls short of 1, in steps of 2^-42, then the
     * position. Valid while the position is below 2^20.
     */
    long rankKey() {
        return (shortfall(total) << POSITION_BITS) | position;
    }

    private static long shortfall(double total) {
        double clamped = Math.max(0.0, Math.min(1.0, total));
        return (long) ((1.0 - clamped) * TOTAL_STEPS);
    }

    int linesInStock() {
        return coverage == null ? -1 : coverage.cardinality();
    }

    CandidateScore toScore(int rank) {
        return new CandidateScore(node.name, rank, total, distance, cost, load, promise,
                Double.isNaN(distanceKm) ? null : distanceKm, linesInStock());
    }
}
