package dev.waybill.operator.routing;

import org.junit.jupiter.api.Test;

import java.util.BitSet;

import static dev.waybill.operator.routing.RoutingFixtures.node;
import static dev.waybill.operator.routing.RoutingFixtures.order;
import static dev.waybill.operator.routing.RoutingFixtures.profile;
import static org.assertj.core.api.Assertions.assertThat;

class StockCoverageTest {

    private static final NodeProfile WH = profile(node("wh").build());

    private static BitSet bits(int... set) {
        BitSet b = new BitSet();
        for (int i : set) {
            b.set(i);
        }
        return b;
    }

    @Test
    void unknownStockCountsAsAvailable() {
        OrderProfile order = new OrderProfile(order("SO-1").line("1", "A", 5).line("2", "B", 500).build());

        assertThat(StockCoverage.cover(WH, order, StockLevels.UNKNOWN)).isEqualTo(bits(0, 1));
    }

    @Test
    void aKnownQuantityIsAuthoritative() {
        OrderProfile order = new OrderProfile(order("SO-1").line("1", "A", 2).line("2", "B", 2).line("3", "C", 2)
                .build());
        StockLevels stock = new RoutingFixtures.StockTable().set("wh", "A", 2).set("wh", "B", 1).set("wh", "C", 0);

        assertThat(StockCoverage.cover(WH, order, stock)).as("A exactly enough, B short, C none").isEqualTo(bits(0));
    }

    @Test
    void linesOfOneSkuDrawOnTheSameStockInLineOrder() {
        OrderProfile order = new OrderProfile(order("SO-1").line("1", "A", 2).line("2", "A", 2).line("3", "A", 1)
                .build());
        StockLevels stock = new RoutingFixtures.StockTable().set("wh", "A", 3);

        assertThat(StockCoverage.cover(WH, order, stock)).as("2 for line 1, then line 2 does not fit, 1 for line 3")
                .isEqualTo(bits(0, 2));
    }
}
