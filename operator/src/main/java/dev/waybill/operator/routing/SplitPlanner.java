package dev.waybill.operator.routing;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Splits an order no single candidate can ship: greedily, the candidate covering the most still-unassigned lines
 * goes first (ties: the better-ranked one), and so on, until every line is assigned or the policy's
 * {@code split.maxShipments} is reached. Lines are never split across nodes. Greedy set cover is not always
 * minimal, but it is fast, deterministic and within a small factor of the fewest shipments.
 */
final class SplitPlanner {

    /** One planned shipment: a candidate and the lines it ships. */
    record Part(ScoredNode node, BitSet lines) {
    }

    private SplitPlanner() {
    }

    /**
     * @param ranked       candidates, best first, each with its coverage checked
     * @param lineCount    lines in the order
     * @param maxShipments the most parts allowed
     * @return the parts in the order chosen, or null when the lines cannot all be covered within maxShipments
     */
    static List<Part> plan(ScoredNode[] ranked, int count, int lineCount, int maxShipments) {
        BitSet remaining = new BitSet(lineCount);
        remaining.set(0, lineCount);
        List<Part> parts = new ArrayList<>();
        boolean[] used = new boolean[count];
        while (!remaining.isEmpty() && parts.size() < maxShipments) {
            int best = -1;
            int bestCount = 0;
            for (int i = 0; i < count; i++) {
                int covers = used[i] ? 0 : overlap(ranked[i].coverage, remaining);
                if (covers > bestCount) {
                    best = i;
                    bestCount = covers;
                }
            }
            if (best < 0) {
                return null;
            }
            BitSet lines = (BitSet) ranked[best].coverage.clone();
            lines.and(remaining);
            remaining.andNot(lines);
            used[best] = true;
            parts.add(new Part(ranked[best], lines));
        }
        return remaining.isEmpty() ? parts : null;
    }

    private static int overlap(BitSet coverage, BitSet remaining) {
        int n = 0;
        for (int i = coverage.nextSetBit(0); i >= 0; i = coverage.nextSetBit(i + 1)) {
            if (remaining.get(i)) {
                n++;
            }
        }
        return n;
    }
}
