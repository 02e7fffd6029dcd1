package dev.waybill.operator.routing;

import org.junit.jupiter.api.Test;

import java.util.BitSet;
import java.util.List;

import static dev.waybill.operator.routing.RoutingFixtures.node;
import static dev.waybill.operator.routing.RoutingFixtures.profile;
import static org.assertj.core.api.Assertions.assertThat;

class SplitPlannerTest {

    private static ScoredNode candidate(String name, int position, int... lines) {
        ScoredNode n = new ScoredNode(profile(node(name).build()), position);
        n.coverage = new BitSet();
        for (int line : lines) {
            n.coverage.set(line);
        }
        return n;
    }

    private static List<String> plan(int maxShipments, int lineCount, ScoredNode... ranked) {
        List<SplitPlanner.Part> parts = SplitPlanner.plan(ranked, ranked.length, lineCount, maxShipments);
        return parts == null ? null : parts.stream().map(p -> p.node().node.name + p.lines()).toList();
    }

    @Test
    void theNodeCoveringMostRemainingLinesGoesFirstEvenIfRankedLower() {
        assertThat(plan(5, 4,
                candidate("best-scored", 0, 0),
                candidate("broad", 1, 0, 1, 2),
                candidate("narrow", 2, 3)))
                .containsExactly("broad{0, 1, 2}", "narrow{3}");
    }

    @Test
    void equalCoverageGoesToTheBetterRankedNodeAndLinesAreNotAssignedTwice() {
        assertThat(plan(5, 3,
                candidate("first", 0, 0, 1),
                candidate("second", 1, 1, 2),
                candidate("third", 2, 2)))
                .containsExactly("first{0, 1}", "second{2}");
    }

    @Test
    void moreShipmentsThanAllowedIsNoPlan() {
        ScoredNode[] ranked = {candidate("a", 0, 0), candidate("b", 1, 1), candidate("c", 2, 2)};

        assertThat(plan(2, 3, ranked)).isNull();
        assertThat(plan(3, 3, ranked)).hasSize(3);
    }

    @Test
    void aLineInStockNowhereIsNoPlan() {
        assertThat(plan(10, 3, candidate("a", 0, 0), candidate("b", 1, 1))).isNull();
    }
}
