package dev.waybill.simulator.cornerstores;

import dev.waybill.simulator.SimulatorConfig;
import dev.waybill.simulator.Vendor;
import dev.waybill.simulator.ledger.Fulfillment;
import dev.waybill.simulator.ledger.StatusWords;
import dev.waybill.simulator.ledger.Transition;
import dev.waybill.simulator.progression.VendorDialect;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** The store network's lower-case states and its webhooks, which carry the same X-Api-Key it is called with. */
@ApplicationScoped
public class CornerStoresDialect implements VendorDialect {

    static final StatusWords WORDS = new StatusWords("open", "picking", "partial", "fulfilled", "void", "refused");

    private final SimulatorConfig config;

    public CornerStoresDialect(SimulatorConfig config) {
        this.config = config;
    }

    @Override
    public Vendor vendor() {
        return Vendor.CORNER_STORES;
    }

    @Override
    public StatusWords words() {
        return WORDS;
    }

    @Override
    public String eventIdPrefix() {
        return "cs-ev-";
    }

    @Override
    public Map<String, Object> event(String eventId, Fulfillment fulfillment, Transition step, Instant at) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("id", eventId);
        event.put("orderNo", fulfillment.id());
        event.put("externalRef", fulfillment.reference());
        event.put("state", step.state());
        event.put("lines", CornerStoresMessages.lines(step.items()));
        event.put("at", at.toString());
        return event;
    }

    @Override
    public Map<String, String> headers(String body) {
        return Map.of("X-Api-Key", config.cornerStores().apiKey());
    }
}
