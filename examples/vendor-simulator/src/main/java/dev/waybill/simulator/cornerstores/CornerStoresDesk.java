package dev.waybill.simulator.cornerstores;

import dev.waybill.simulator.Vendor;
import dev.waybill.simulator.gate.Answer;
import dev.waybill.simulator.gate.JsonBodies;
import dev.waybill.simulator.ledger.Fulfillment;
import dev.waybill.simulator.ledger.FulfillmentConflict;
import dev.waybill.simulator.ledger.Identifiers;
import dev.waybill.simulator.ledger.ItemQuantity;
import dev.waybill.simulator.ledger.Ledger;
import dev.waybill.simulator.progression.Lifecycle;
import dev.waybill.simulator.progression.Progression;
import dev.waybill.simulator.stock.Inventory;
import dev.waybill.simulator.stock.Stock;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The store network's side of each call: orders without any idempotency (the same externalRef twice is two
 * orders), lookup by externalRef, whole-order void, and holds on stock.
 */
@ApplicationScoped
public class CornerStoresDesk {

    private static final Vendor STORES = Vendor.CORNER_STORES;

    private final JsonBodies json;
    private final Identifiers ids;
    private final Ledger ledger;
    private final Inventory inventory;
    private final Progression progression;
    private final Lifecycle lifecycle;

    public CornerStoresDesk(JsonBodies json, Identifiers ids, Ledger ledger, Inventory inventory,
                            Progression progression, Lifecycle lifecycle) {
        this.json = json;
        this.ids = ids;
        this.ledger = ledger;
        this.inventory = inventory;
        this.progression = progression;
        this.lifecycle = lifecycle;
    }

    /** Opens an order; every call is a new one. */
    Answer create(String body) {
        CornerStoresMessages.OrderRequest request = json.read(body, CornerStoresMessages.OrderRequest.class);
        List<ItemQuantity> items = request.validated();
        String orderNo = ids.next("CS-");
        List<String> shortages = stock().commit(orderNo, request.externalRef(), items);
        if (!shortages.isEmpty()) {
            return insufficientStock(shortages);
        }
        Fulfillment order = new Fulfillment(STORES, orderNo, request.externalRef(), null, null,
                CornerStoresDialect.WORDS, items);
        ledger.record(order);
        progression.created(order);
        return Answer.of(201, summary(order));
    }

    /** The first order for that externalRef. */
    Answer byReference(String externalRef) {
        List<Fulfillment> orders = ledger.forReference(STORES, externalRef);
        return orders.isEmpty() ? notFound("no order for " + externalRef) : Answer.of(200, summary(orders.get(0)));
    }

    /** Voids a whole order; one that has begun to ship cannot be. */
    Answer voidOrder(String orderNo) {
        Optional<Fulfillment> found = ledger.find(STORES, orderNo);
        if (found.isEmpty()) {
            return notFound("no order " + orderNo);
        }
        Fulfillment order = found.get();
        // held across check and void, so that no shipment slips in between and leaves a partial void
        synchronized (order) {
            if (order.anyShipped()) {
                return Answer.of(409, STORES.error("ALREADY_FULFILLED", orderNo + " has shipped"));
            }
            try {
                lifecycle.cancel(order, null);
                return Answer.of(200, Map.of("orderNo", orderNo, "state", order.state()));
            } catch (FulfillmentConflict e) {
                return Answer.of(409, STORES.error("NOT_VOIDABLE", e.getMessage()));
            }
        }
    }

    /** Holds stock for an externalRef until released or used by an order for it. */
    Answer hold(String body) {
        CornerStoresMessages.HoldRequest request = json.read(body, CornerStoresMessages.HoldRequest.class);
        List<ItemQuantity> items = request.validated();
        String holdId = ids.next("H-");
        List<String> shortages = stock().reserve(holdId, request.externalRef(), items);
        return shortages.isEmpty() ? Answer.of(201, Map.of("holdId", holdId)) : insufficientStock(shortages);
    }

    /** Releases a hold. */
    Answer release(String holdId) {
        return stock().release(holdId) ? Answer.empty(204) : notFound("no hold " + holdId);
    }

    private Stock stock() {
        return inventory.of(STORES);
    }

    private static Answer notFound(String message) {
        return Answer.of(404, STORES.error("NOT_FOUND", message));
    }

    private static Answer insufficientStock(List<String> skus) {
        Map<String, Object> body = new LinkedHashMap<>(STORES.error("INSUFFICIENT_STOCK", null));
        body.put("items", skus);
        return Answer.of(422, body);
    }

    private static Map<String, Object> summary(Fulfillment order) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("orderNo", order.id());
        summary.put("state", order.state());
        summary.put("externalRef", order.reference());
        return summary;
    }
}
