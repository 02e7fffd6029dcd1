package dev.waybill.simulator.acme;

import dev.waybill.simulator.SimulatorConfig;
import dev.waybill.simulator.Vendor;
import dev.waybill.simulator.ledger.Fulfillment;
import dev.waybill.simulator.ledger.ItemQuantity;
import dev.waybill.simulator.ledger.StatusWords;
import dev.waybill.simulator.ledger.Transition;
import dev.waybill.simulator.progression.VendorDialect;
import jakarta.enterprise.context.ApplicationScoped;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The 3PL's status words and webhooks. Each delivery is signed: {@code X-Acme-Timestamp} (Unix seconds) and
 * {@code X-Acme-Signature}, the hex HMAC-SHA256 of {@code <timestamp>.<raw body>} with the webhook secret.
 */
@ApplicationScoped
public class AcmeDialect implements VendorDialect {

    static final StatusWords WORDS = new StatusWords("RECEIVED", "ACCEPTED", "PARTIALLY_SHIPPED", "SHIPPED",
            "CANCELLED", "REJECTED");

    private final SimulatorConfig config;
    private final Clock clock;

    public AcmeDialect(SimulatorConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    @Override
    public Vendor vendor() {
        return Vendor.ACME_3PL;
    }

    @Override
    public StatusWords words() {
        return WORDS;
    }

    @Override
    public String eventIdPrefix() {
        return "evt-";
    }

    @Override
    public Map<String, Object> event(String eventId, Fulfillment fulfillment, Transition step, Instant at) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("eventId", eventId);
        event.put("fulfillmentId", fulfillment.id());
        event.put("clientReference", fulfillment.reference());
        event.put("status", step.state());
        event.put("items", items(step.items()));
        event.put("timestamp", at.toString());
        return event;
    }

    @Override
    public Map<String, String> headers(String body) {
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        return Map.of("X-Acme-Timestamp", timestamp,
                "X-Acme-Signature", sign(config.acme().webhookSecret(), timestamp + "." + body));
    }

    /** Quantities in the 3PL's words: {@code [{ sku, qty }]}. */
    static List<AcmeMessages.Item> items(List<ItemQuantity> quantities) {
        return quantities.stream().map(item -> new AcmeMessages.Item(item.sku(), item.quantity())).toList();
    }

    private static String sign(String secret, String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
