package dev.waybill.simulator.cornerstores;

import dev.waybill.simulator.gate.InvalidRequest;
import dev.waybill.simulator.ledger.ItemQuantity;

import java.util.List;

/** The bodies the store network's API takes, as the corner-stores contract's request mappings write them. */
final class CornerStoresMessages {

    private CornerStoresMessages() {
    }

    /** {@code POST /orders}. */
    record OrderRequest(String externalRef, String store, Boolean pickup, String customerName, List<Line> lines) {

        List<ItemQuantity> validated() {
            return CornerStoresMessages.validated(externalRef, lines);
        }
    }

    /** {@code POST /holds}. */
    record HoldRequest(String externalRef, List<Line> lines) {

        List<ItemQuantity> validated() {
            return CornerStoresMessages.validated(externalRef, lines);
        }
    }

    /** One item and its quantity, in the store network's words. */
    record Line(String item, Integer quantity) {
    }

    /** Quantities in the store network's words. */
    static List<Line> lines(List<ItemQuantity> quantities) {
        return quantities.stream().map(quantity -> new Line(quantity.sku(), quantity.quantity())).toList();
    }

    private static List<ItemQuantity> validated(String externalRef, List<Line> lines) {
        if (externalRef == null || externalRef.isBlank()) {
            throw new InvalidRequest("externalRef: required");
        }
        if (lines == null || lines.isEmpty()) {
            throw new InvalidRequest("lines: required, at least one");
        }
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line == null || line.item() == null || line.item().isBlank()) {
                throw new InvalidRequest("lines[" + i + "].item: required");
            }
            if (line.quantity() == null || line.quantity() < 1) {
                throw new InvalidRequest("lines[" + i + "].quantity: required, >= 1");
            }
        }
        return lines.stream().map(line -> new ItemQuantity(line.item(), line.quantity())).toList();
    }
}
