package dev.waybill.simulator.acme;

import dev.waybill.simulator.gate.InvalidRequest;
import dev.waybill.simulator.ledger.ItemQuantity;

import java.util.List;
import java.util.Map;

/** The bodies the 3PL's API takes, as the acme-3pl contract's request mappings write them. */
final class AcmeMessages {

    private AcmeMessages() {
    }

    /** {@code POST /v1/fulfillments}. */
    record FulfillmentRequest(String clientReference, String orderNumber, String service,
                              Map<String, Object> shipTo, List<Item> items) {

        /** The items, once the request is known to be complete. */
        List<ItemQuantity> validated() {
            required("clientReference", clientReference);
            return quantities(items, true);
        }
    }

    /** {@code POST /v1/fulfillments/{id}/cancel}; no items means everything not yet shipped. */
    record CancelRequest(String vendorReference, List<Item> items) {
    }

    /** {@code POST /v1/reservations}. */
    record ReservationRequest(String reference, List<Item> items) {

        List<ItemQuantity> validated() {
            required("reference", reference);
            return quantities(items, true);
        }
    }

    /** One SKU and its quantity, in the 3PL's words. */
    record Item(String sku, Integer qty) {
    }

    /** The items as quantities; {@link InvalidRequest} naming the field when one is incomplete. */
    static List<ItemQuantity> quantities(List<Item> items, boolean required) {
        if (items == null || items.isEmpty()) {
            if (required) {
                throw new InvalidRequest("items: required, at least one");
            }
            return List.of();
        }
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            if (item == null || item.sku() == null || item.sku().isBlank()) {
                throw new InvalidRequest("items[" + i + "].sku: required");
            }
            if (item.qty() == null || item.qty() < 1) {
                throw new InvalidRequest("items[" + i + "].qty: required, >= 1");
            }
        }
        return items.stream().map(item -> new ItemQuantity(item.sku(), item.qty())).toList();
    }

    private static void required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidRequest(field + ": required");
        }
    }
}
