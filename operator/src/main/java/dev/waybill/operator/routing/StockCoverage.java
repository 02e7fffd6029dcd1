package dev.waybill.operator.routing;

import java.util.BitSet;
import java.util.OptionalInt;

/**
 * Which of an order's lines a node holds in stock. Lines of the same SKU draw on the same available quantity,
 * in line order (a line that does not fit leaves the stock to the next one); unknown stock counts as available
 * ({@link StockLevels}). A line is covered whole or not at all: routing never splits a line across nodes.
 */
final class StockCoverage {

    private StockCoverage() {
    }

    static BitSet cover(NodeProfile node, OrderProfile order, StockLevels stock) {
        BitSet covered = new BitSet(order.lineCount());
        for (int s = 0; s < order.skus.length; s++) {
            int[] lines = order.linesBySku[s];
            OptionalInt available = stock.available(node.key, order.skus[s]);
            if (available.isEmpty()) {
                for (int line : lines) {
                    covered.set(line);
                }
                continue;
            }
            long left = available.getAsInt();
            for (int line : lines) {
                if (order.quantities[line] <= left) {
                    covered.set(line);
                    left -= order.quantities[line];
                }
            }
        }
        return covered;
    }
}
