package dev.waybill.simulator.progression;

import dev.waybill.simulator.Vendor;
import dev.waybill.simulator.gate.Chance;
import dev.waybill.simulator.gate.FaultBook;
import dev.waybill.simulator.gate.JsonBodies;
import dev.waybill.simulator.ledger.Fulfillment;
import dev.waybill.simulator.ledger.Identifiers;
import dev.waybill.simulator.ledger.Transition;
import dev.waybill.simulator.webhook.Delivery;
import dev.waybill.simulator.webhook.WebhookSender;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns a fulfillment's steps into its vendor's webhooks. One fulfillment's webhooks go out one after the other, so
 * that a receiver sees them in the order they happened unless a fault says otherwise.
 */
@ApplicationScoped
public class EventEmitter {

    private final Map<Vendor, VendorDialect> dialects = new EnumMap<>(Vendor.class);
    private final Map<Fulfillment, CompletableFuture<Void>> lastDelivery = new ConcurrentHashMap<>();
    private final WebhookSender sender;
    private final JsonBodies json;
    private final Identifiers ids;
    private final FaultBook faults;
    private final Chance chance;
    private final Clock clock;

    public EventEmitter(Instance<VendorDialect> all, WebhookSender sender, JsonBodies json, Identifiers ids,
                        FaultBook faults, Chance chance, Clock clock) {
        all.forEach(dialect -> dialects.put(dialect.vendor(), dialect));
        this.sender = sender;
        this.json = json;
        this.ids = ids;
        this.faults = faults;
        this.chance = chance;
        this.clock = clock;
    }

    /** Sends the vendor's webhook for that step (nothing for a vendor without webhooks). */
    public void emit(Fulfillment fulfillment, Transition step) {
        VendorDialect dialect = dialects.get(fulfillment.vendor());
        if (dialect == null) {
            return;
        }
        String eventId = ids.next(dialect.eventIdPrefix());
        String body = json.write(dialect.event(eventId, fulfillment, step, clock.instant()));
        int copies = chance.roll(faults.of(fulfillment.vendor()).duplicateWebhookRate()) ? 2 : 1;
        Delivery delivery = new Delivery(fulfillment.vendor(), body, dialect::headers, copies);
        CompletableFuture<Void> next = lastDelivery.compute(fulfillment, (f, previous) ->
                previous == null || previous.isDone() ? sender.deliver(delivery)
                        : previous.thenCompose(done -> sender.deliver(delivery)));
        // once delivered there is nothing left to wait for; keeps the map to fulfillments with webhooks in flight
        next.whenComplete((ok, error) -> lastDelivery.remove(fulfillment, next));
    }

    /** Forgets the order of deliveries (a reset drops them anyway). */
    public void clear() {
        lastDelivery.clear();
    }
}
