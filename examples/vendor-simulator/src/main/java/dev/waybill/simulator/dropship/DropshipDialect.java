package dev.waybill.simulator.dropship;

import dev.waybill.simulator.Vendor;
import dev.waybill.simulator.gate.Credentials;
import dev.waybill.simulator.ledger.Fulfillment;
import dev.waybill.simulator.ledger.StatusWords;
import dev.waybill.simulator.ledger.Transition;
import dev.waybill.simulator.progression.VendorDialect;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The dropship vendor's states and webhooks: it confirms, then ships everything at once (no partial shipments),
 * and its webhooks carry the same Basic credentials it is called with.
 */
@ApplicationScoped
public class DropshipDialect implements VendorDialect {

    static final StatusWords WORDS = new StatusWords("RECEIVED", "CONFIRMED", null, "SHIPPED", "CANCELLED",
            "REJECTED");

    private final Credentials credentials;

    public DropshipDialect(Credentials credentials) {
        this.credentials = credentials;
    }

    @Override
    public Vendor vendor() {
        return Vendor.DROPSHIP_DIRECT;
    }

    @Override
    public StatusWords words() {
        return WORDS;
    }

    @Override
    public String eventIdPrefix() {
        return "MSG-";
    }

    @Override
    public Map<String, Object> event(String eventId, Fulfillment fulfillment, Transition step, Instant at) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("messageId", eventId);
        event.put("uploadId", fulfillment.id());
        event.put("poNumber", fulfillment.reference());
        event.put("event", step.state());
        event.put("sentAt", at.toString());
        return event;
    }

    @Override
    public Map<String, String> headers(String body) {
        return Map.of("Authorization", "Basic " + credentials.basicToken());
    }
}
