package dev.waybill.simulator.dropship;

import dev.waybill.simulator.gate.InvalidRequest;
import dev.waybill.simulator.ledger.ItemQuantity;

import java.util.ArrayList;
import java.util.List;

/** The upload the dropship vendor takes, as the dropship-direct contract's request mapping writes it. */
final class DropshipMessages {

    private DropshipMessages() {
    }

    /** {@code PUT /uploads/{poNumber}}; each SKU entry is {@code <sku>x<quantity>}, e.g. {@code ABC-123x2}. */
    record Upload(String poNumber, String shipToName, String shipToAddress, String country, List<String> skus) {

        /** The quantities, once the upload is known to be complete and to match its path. */
        List<ItemQuantity> validated(String pathPoNumber) {
            if (poNumber != null && !poNumber.equals(pathPoNumber)) {
                throw new InvalidRequest("poNumber: " + poNumber + " does not match the path's " + pathPoNumber);
            }
            if (skus == null || skus.isEmpty()) {
                throw new InvalidRequest("skus: required, at least one");
            }
            List<ItemQuantity> items = new ArrayList<>();
            for (int i = 0; i < skus.size(); i++) {
                items.add(parse("skus[" + i + "]", skus.get(i)));
            }
            return items;
        }
    }

    // SKUs are upper case, so the last lower-case x separates the quantity
    private static ItemQuantity parse(String field, String entry) {
        int x = entry == null ? -1 : entry.lastIndexOf('x');
        if (x <= 0 || x == entry.length() - 1) {
            throw new InvalidRequest(field + ": expected <sku>x<quantity>, got " + entry);
        }
        try {
            int quantity = Integer.parseInt(entry.substring(x + 1));
            if (quantity < 1) {
                throw new InvalidRequest(field + ": quantity must be >= 1");
            }
            return new ItemQuantity(entry.substring(0, x), quantity);
        } catch (NumberFormatException e) {
            throw new InvalidRequest(field + ": expected <sku>x<quantity>, got " + entry);
        }
    }
}
