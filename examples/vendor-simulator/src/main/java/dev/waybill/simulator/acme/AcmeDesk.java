package dev.waybill.simulator.acme;

import dev.waybill.simulator.Vendor;
import dev.waybill.simulator.gate.Answer;
import dev.waybill.simulator.gate.IdempotentAnswers;
import dev.waybill.simulator.gate.InvalidRequest;
import dev.waybill.simulator.gate.JsonBodies;
import dev.waybill.simulator.ledger.Fulfillment;
import dev.waybill.simulator.ledger.FulfillmentConflict;
import dev.waybill.simulator.ledger.Identifiers;
import dev.waybill.simulator.ledger.ItemQuantity;
import dev.waybill.simulator.ledger.Ledger;
import dev.waybill.simulator.ledger.Transition;
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
 * The 3PL's side of each call, once the gate let it through: fulfillments with native idempotency keys, partial
 * and whole cancellation, reservations and stock.
 */
@ApplicationScoped
public class AcmeDesk {

    private static final Vendor ACME = Vendor.ACME_3PL;

    private final JsonBodies json;
    private final IdempotentAnswers answers;
    private final Identifiers ids;
    private final Ledger ledger;
    private final Inventory inventory;
    private final Progression progression;
    private final Lifecycle lifecycle;

    public AcmeDesk(JsonBodies json, IdempotentAnswers answers, Identifiers ids, Ledger ledger, Inventory inventory,
                    Progression progression, Lifecycle lifecycle) {
        this.json = json;
        this.answers = answers;
        this.ids = ids;
        this.ledger = ledger;
        this.inventory = inventory;
        this.progression = progression;
        this.lifecycle = lifecycle;
    }

    /** Creates a fulfillment, once per Idempotency-Key: 201, or 200 with the same one for a replay. */
    Answer create(String body, String idempotencyKey) {
        return answers.once(ACME, "create", idempotencyKey, () -> {
            AcmeMessages.FulfillmentRequest request = json.read(body, AcmeMessages.FulfillmentRequest.class);
            List<ItemQuantity> items = request.validated();
            String id = ids.next("ACME-");
            List<String> shortages = stock().commit(id, request.clientReference(), items);
            if (!shortages.isEmpty()) {
                return outOfStock(shortages);
            }
            Fulfillment fulfillment = new Fulfillment(ACME, id, request.clientReference(), request.orderNumber(),
                    idempotencyKey, AcmeDialect.WORDS, items);
            ledger.record(fulfillment);
            progression.created(fulfillment);
            return Answer.of(201, summary(fulfillment));
        });
    }

    /** Every fulfillment for that client reference (normally one). */
    Answer find(String clientReference) {
        if (clientReference == null || clientReference.isBlank()) {
            throw new InvalidRequest("clientReference: required");
        }
        List<Map<String, Object>> items = ledger.forReference(ACME, clientReference).stream()
                .map(AcmeDesk::summary).toList();
        return Answer.of(200, Map.of("items", items));
    }

    /** Cancels some quantities, or everything not yet shipped. */
    Answer cancel(String id, String body, String idempotencyKey) {
        return answers.once(ACME, "cancel " + id, idempotencyKey, () -> {
            AcmeMessages.CancelRequest request = json.readOptional(body, AcmeMessages.CancelRequest.class);
            List<ItemQuantity> wanted = AcmeMessages.quantities(request == null ? null : request.items(), false);
            Optional<Fulfillment> found = ledger.find(ACME, id);
            if (found.isEmpty()) {
                return Answer.of(404, ACME.error("NOT_FOUND", "no fulfillment " + id));
            }
            try {
                Transition step = lifecycle.cancel(found.get(), wanted);
                return Answer.of(200, Map.of("status", step.state()));
            } catch (FulfillmentConflict e) {
                return switch (e.reason()) {
                    case UNKNOWN_SKU -> Answer.of(400, ACME.error("INVALID", e.getMessage()));
                    case ALREADY_SHIPPED -> Answer.of(409, ACME.error("ALREADY_SHIPPED", e.getMessage()));
                    case NOT_OPEN, CLOSED -> Answer.of(409, ACME.error("NOT_CANCELLABLE", e.getMessage()));
                };
            }
        });
    }

    /** Holds stock back for a reference until released or used by a fulfillment for it. */
    Answer reserve(String body, String idempotencyKey) {
        return answers.once(ACME, "reserve", idempotencyKey, () -> {
            AcmeMessages.ReservationRequest request = json.read(body, AcmeMessages.ReservationRequest.class);
            List<ItemQuantity> items = request.validated();
            String id = ids.next("RES-");
            List<String> shortages = stock().reserve(id, request.reference(), items);
            return shortages.isEmpty() ? Answer.of(201, Map.of("id", id, "reference", request.reference()))
                    : outOfStock(shortages);
        });
    }

    /** Releases a reservation. */
    Answer release(String id) {
        return stock().release(id) ? Answer.empty(204) : Answer.of(404, ACME.error("NOT_FOUND", "no reservation " + id));
    }

    /** Stock of the SKUs the 3PL counts: {@code { items: [{ sku, onHand, allocated }] }}. */
    Answer stockLevels() {
        List<Map<String, Object>> items = stock().levels().stream().map(level -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("sku", level.sku());
            item.put("onHand", level.onHand());
            item.put("allocated", level.allocated());
            return item;
        }).toList();
        return Answer.of(200, Map.of("items", items));
    }

    private Stock stock() {
        return inventory.of(ACME);
    }

    private static Answer outOfStock(List<String> skus) {
        Map<String, Object> body = new LinkedHashMap<>(ACME.error("OUT_OF_STOCK", null));
        body.put("skus", skus);
        return Answer.of(409, body);
    }

    private static Map<String, Object> summary(Fulfillment fulfillment) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("id", fulfillment.id());
        summary.put("status", fulfillment.state());
        summary.put("clientReference", fulfillment.reference());
        return summary;
    }
}
