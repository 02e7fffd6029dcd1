package dev.waybill.simulator.ledger;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** So many units of one SKU: what is ordered, shipped, cancelled, reserved or in stock. */
public record ItemQuantity(String sku, int quantity) {

    /** Quantities added up by SKU, in the order the SKUs first appear. */
    public static Map<String, Integer> bySku(List<ItemQuantity> items) {
        Map<String, Integer> sums = new LinkedHashMap<>();
        items.forEach(item -> sums.merge(item.sku(), item.quantity(), Integer::sum));
        return sums;
    }

    /** The total number of units. */
    public static int total(List<ItemQuantity> items) {
        return items.stream().mapToInt(ItemQuantity::quantity).sum();
    }
}
