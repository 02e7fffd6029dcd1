package dev.waybill.simulator.progression;

import dev.waybill.simulator.Vendor;
import dev.waybill.simulator.ledger.ItemQuantity;

import java.util.ArrayList;
import java.util.List;

/**
 * A test's order to a vendor about one of its fulfillments, as posted to {@code /_sim/ship} and {@code /_sim/reject}:
 * which one, and for a shipment which quantities (none: everything left).
 */
public record FulfillmentCommand(String vendor, String vendorReference, List<ItemQuantity> items) {

    /** Problems with the command, each naming its field; empty when valid. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (vendor == null || Vendor.byId(vendor).isEmpty()) {
            problems.add("vendor: required, one of " + Vendor.ids());
        }
        if (vendorReference == null || vendorReference.isBlank()) {
            problems.add("vendorReference: required");
        }
        for (int i = 0; items != null && i < items.size(); i++) {
            ItemQuantity item = items.get(i);
            if (item == null || item.sku() == null || item.sku().isBlank()) {
                problems.add("items[" + i + "].sku: required");
            } else if (item.quantity() < 1) {
                problems.add("items[" + i + "].quantity: must be >= 1");
            }
        }
        return problems;
    }

    /** The items to ship, null for everything left. */
    public List<ItemQuantity> wanted() {
        return items == null || items.isEmpty() ? null : items;
    }
}
