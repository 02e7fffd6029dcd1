package dev.waybill.operator.fulfillment;

import java.util.Map;

/**
 * What a vendor says about a shipment (a webhook, or the answer to create): the state it reports and, for shipment
 * events, the quantities it reports shipped by SKU (empty: the whole shipment).
 */
public record VendorReport(ShipmentState state, Map<String, Integer> quantities) {

    public VendorReport {
        quantities = Map.copyOf(quantities);
    }
}
