package dev.waybill.operator.dispatch;

import dev.waybill.adapter.datapolicy.LogScrubber;
import dev.waybill.adapter.webhook.VendorEvent;
import dev.waybill.operator.fulfillment.FollowUps;
import dev.waybill.operator.fulfillment.ShipmentProgress;
import dev.waybill.operator.fulfillment.ShipmentState;
import dev.waybill.operator.fulfillment.VendorReport;
import dev.waybill.operator.inventory.InventorySnapshots;
import dev.waybill.operator.model.ModelRegistry;
import dev.waybill.operator.model.ResourceKey;
import dev.waybill.operator.store.AuditEvent;
import dev.waybill.operator.store.OrderStore;
import dev.waybill.operator.store.OutboxCommand;
import dev.waybill.operator.store.ShipmentRecord;
import dev.waybill.operator.store.StoreException;
import dev.waybill.operator.store.Transition;
import dev.waybill.operator.trace.WorkSpans;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Takes a verified vendor event: finds its shipment (by Waybill's shipment id when the vendor echoes it, else by the
 * vendor's reference), moves it by the shipment state machine, and consumes the event id in the same transaction,
 * so the same event twice, or events out of order, change nothing twice. A refusal routes the lines again.
 */
@Singleton
public class VendorEvents {

    /** What became of an event. */
    public enum Result { Applied, Duplicate, UnknownShipment }

    private final OrderStore store;
    private final OrderChanges changes;
    private final DispatchRecords records;
    private final InventorySnapshots stock;
    private final ModelRegistry model;
    private final Clock clock;

    VendorEvents(OrderStore store, OrderChanges changes, DispatchRecords records, InventorySnapshots stock,
                 ModelRegistry model, Clock clock) {
        this.store = store;
        this.changes = changes;
        this.records = records;
        this.stock = stock;
        this.model = model;
        this.clock = clock;
    }

    public Result take(ResourceKey contract, VendorEvent event) {
        String key = contract + "/" + event.eventId();
        if (store.inboundEventSeen(key)) {
            return Result.Duplicate;
        }
        Optional<ShipmentRecord> shipment = find(contract, event);
        if (shipment.isEmpty()) {
            return Result.UnknownShipment;
        }
        WorkSpans.aboutOrder(shipment.get().orderRef());
        WorkSpans.at(shipment.get().node(), contract.name());
        try {
            boolean applied = changes.apply(shipment.get().orderRef(), current -> {
                if (store.inboundEventSeen(key)) {
                    return Optional.empty();
                }
                return current.shipment(shipment.get().id()).map(now -> transition(current, now, event, key,
                        VendorText.scrubber(model.snapshot(), contract, current.order())));
            });
            return applied ? Result.Applied : Result.Duplicate;
        } catch (StoreException e) {
            if (e.uniqueViolation()) {
                return Result.Duplicate; // the same event, delivered twice at once: the other delivery took it
            }
            throw e;
        }
    }

    private Optional<ShipmentRecord> find(ResourceKey contract, VendorEvent event) {
        Optional<ShipmentRecord> byId = Optional.ofNullable(event.shipmentId()).flatMap(store::shipment)
                .filter(s -> s.contract().equals(contract.name()));
        return byId.isPresent() || event.vendorReference() == null ? byId
                : store.shipmentByVendorReference(contract.name(), event.vendorReference());
    }

    private Transition transition(OrderChanges.Current current, ShipmentRecord now, VendorEvent event, String key,
                                  LogScrubber scrubber) {
        Instant at = clock.instant();
        ShipmentRecord known = now.vendorReference() == null && event.vendorReference() != null
                ? now.withVendorReference(event.vendorReference(), at) : now;
        Optional<ShipmentState> reported = ShipmentState.named(event.status());
        ShipmentProgress.Result result = reported
                .map(state -> ShipmentProgress.apply(known, new VendorReport(state, quantities(event)), at))
                .orElse(new ShipmentProgress.Result(known, ShipmentProgress.Outcome.Stale));
        List<OutboxCommand> commands = new ArrayList<>();
        if (result.outcome() == ShipmentProgress.Outcome.Rejected) {
            stock.refused(new ResourceKey(current.order().namespace(), now.node()), now.lines().stream()
                    .filter(l -> l.toShip() > 0).map(l -> l.sku()).toList(), at);
            commands.add(FollowUps.reroute(current.order().id(), now, at));
        }
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("shipment", now.id());
        detail.put("eventId", scrubber.scrubText(event.eventId()));
        detail.put("vendorStatus", scrubber.scrubText(event.vendorStatus()));
        detail.put("lines", event.lines());
        String outcome = reported.isEmpty() ? "UnmappedStatus"
                : result.outcome() == ShipmentProgress.Outcome.Stale ? "Stale" : result.shipment().state();
        AuditEvent audit = new AuditEvent(at, "VendorEvent", "webhook", now.node(), null, outcome,
                CallRecords.json(detail), current.order().id());
        Transition base = records.transition(current, Optional.empty(), result.shipment(), List.of(audit), commands,
                List.of(), at);
        return new Transition(base.next(), base.expectedVersion(), base.events(), base.commands(), base.completes(),
                base.shipments(), base.exceptions(), List.of(key));
    }

    private static Map<String, Integer> quantities(VendorEvent event) {
        Map<String, Integer> quantities = new LinkedHashMap<>();
        event.lines().forEach(l -> quantities.merge(l.sku(), l.quantity(), Integer::sum));
        return quantities;
    }
}
