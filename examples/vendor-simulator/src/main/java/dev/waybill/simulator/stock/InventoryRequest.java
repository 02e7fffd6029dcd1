package dev.waybill.simulator.stock;

import dev.waybill.simulator.Vendor;

import java.util.ArrayList;
import java.util.List;

/** A vendor's stock as posted to {@code /_sim/inventory}: what is available now, per SKU. */
public record InventoryRequest(String vendor, List<Level> items) {

    /** One SKU's availability. */
    public record Level(String sku, Integer available) {
    }

    /** Problems with the request, each naming its field; empty when valid. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (vendor == null || Vendor.byId(vendor).isEmpty()) {
            problems.add("vendor: required, one of " + Vendor.ids());
        }
        if (items == null) {
            problems.add("items: required");
            return problems;
        }
        for (int i = 0; i < items.size(); i++) {
            Level level = items.get(i);
            if (level == null || level.sku() == null || level.sku().isBlank()) {
                problems.add("items[" + i + "].sku: required");
            } else if (level.available() == null || level.available() < 0) {
                problems.add("items[" + i + "].available: required, >= 0");
            }
        }
        return problems;
    }
}
