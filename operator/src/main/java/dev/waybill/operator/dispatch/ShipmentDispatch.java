package dev.waybill.operator.dispatch;

import dev.waybill.adapter.connector.FailureClass;
import dev.waybill.adapter.connector.VendorCall;
import dev.waybill.adapter.connector.VendorConnector;
import dev.waybill.adapter.connector.VendorOutcome;
import dev.waybill.api.v1alpha1.meta.Capability;
import dev.waybill.operator.fulfillment.ShipmentState;
import dev.waybill.operator.inventory.InventorySnapshots;
import dev.waybill.operator.model.CompiledNode;
import dev.waybill.operator.model.ModelRegistry;
import dev.waybill.operator.model.ResourceKey;
import dev.waybill.operator.store.OrderRecord;
import dev.waybill.operator.store.OrderStore;
import dev.waybill.operator.store.OutboxCommand;
import dev.waybill.operator.store.ShipmentRecord;
import dev.waybill.operator.trace.WorkSpans;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Delivers a Dispatch command: reserves stock at nodes that can (InventoryReservation and a {@code reserve}
 * operation), then creates the shipment at the vendor, with idempotency keys derived from (order, shipment,
 * operation). What the vendor answered is written by {@link DispatchRecords}.
 */
@Singleton
class ShipmentDispatch {

    /** How long a command waits before looking again at a vendor whose circuit is open. */
    static final Duration CIRCUIT_WAIT = Duration.ofSeconds(5);

    private final OrderStore store;
    private final ModelRegistry model;
    private final Connectors connectors;
    private final DispatchRecords records;
    private final InventorySnapshots stock;
    private final Clock clock;

    ShipmentDispatch(OrderStore store, ModelRegistry model, Connectors connectors, DispatchRecords records,
                     InventorySnapshots stock, Clock clock) {
        this.store = store;
        this.model = model;
        this.connectors = connectors;
        this.records = records;
        this.stock = stock;
        this.clock = clock;
    }

    void run(OutboxCommand command) {
        String shipmentId = Payload.text(command.payload(), "shipment");
        Optional<OrderRecord> order = store.find(command.orderRef());
        Optional<ShipmentRecord> shipment = store.shipment(shipmentId);
        if (order.isEmpty() || shipment.isEmpty() || !ShipmentState.Pending.name().equals(shipment.get().state())
                || shipment.get().lines().stream().allMatch(l -> l.toShip() == 0)) {
            store.complete(command.seq(), clock.instant()); // settled meanwhile (cancelled, webhook, person)
            WorkSpans.outcome("NothingToDo");
            return;
        }
        WorkSpans.at(shipment.get().node(), shipment.get().contract());
        ResourceKey nodeKey = new ResourceKey(order.get().namespace(), shipment.get().node());
        CompiledNode node = model.snapshot().nodes().get(nodeKey);
        Optional<VendorConnector> connector = connectors.connector(nodeKey.sibling(shipment.get().contract()));
        if (node == null || connector.isEmpty()) {
            records.nodeGone(command, shipment.get());
            WorkSpans.outcome("NodeGone");
            return;
        }
        dispatch(command, order.get(), shipment.get(), node, connector.get());
    }

    private void dispatch(OutboxCommand command, OrderRecord order, ShipmentRecord shipment, CompiledNode node,
                          VendorConnector connector) {
        // a redelivery, or a person's retry of a call that may have reached the vendor: settle before resending
        boolean retried = command.attempts() > 1 || "true".equals(Payload.text(command.payload(), "settle"));
        if (reserves(node, connector) && shipment.reservationId() == null) {
            VendorOutcome reserved = connector.call(new VendorCall("reserve", shipment.id() + ":reserve",
                    CallInput.of(order, shipment), Set.of("reservationId"), retried, order.id()));
            if (reserved instanceof VendorOutcome.Failed failed) {
                failed(command, shipment, node, "reserve", failed);
                return;
            }
            String reservation = String.valueOf(((VendorOutcome.Succeeded) reserved).response().get("reservationId"));
            shipment = records.reserved(command, shipment, reservation, reserved);
        }
        VendorOutcome created = connector.call(new VendorCall("create", shipment.id() + ":create",
                CallInput.of(order, shipment), Set.of("vendorReference"), retried, order.id()));
        if (created instanceof VendorOutcome.Succeeded succeeded) {
            records.created(command, shipment, succeeded);
            WorkSpans.outcome("Dispatched");
        } else {
            failed(command, shipment, node, "create", (VendorOutcome.Failed) created);
        }
    }

    private void failed(OutboxCommand command, ShipmentRecord shipment, CompiledNode node, String operation,
                        VendorOutcome.Failed failed) {
        WorkSpans.outcome(failed.failureClass() == FailureClass.CircuitOpen ? "Deferred" : failed.reason());
        if (failed.failureClass() == FailureClass.CircuitOpen) {
            store.defer(command.seq(), clock.instant().plus(CIRCUIT_WAIT));
        } else if ("OutOfStock".equals(failed.refusal())) {
            stock.refused(node.key(), shipment.lines().stream().filter(l -> l.toShip() > 0)
                    .map(l -> l.sku()).toList(), clock.instant());
            records.refused(command, shipment, operation, failed);
        } else {
            records.failed(command, shipment, operation, failed);
        }
    }

    private static boolean reserves(CompiledNode node, VendorConnector connector) {
        return node.spec().capabilities != null && node.spec().capabilities.contains(Capability.InventoryReservation)
                && connector.supports("reserve");
    }

    /** Reads the small JSON payloads of outbox commands. */
    static final class Payload {
        private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
                new com.fasterxml.jackson.databind.ObjectMapper();

        private Payload() {
        }

        static String text(String payload, String field) {
            try {
                return JSON.readTree(payload).path(field).asText(null);
            } catch (java.io.IOException e) {
                return null;
            }
        }

        static Map<String, Object> map(String payload) {
            try {
                return JSON.readValue(payload, new com.fasterxml.jackson.core.type.TypeReference<>() { });
            } catch (java.io.IOException e) {
                return Map.of();
            }
        }
    }
}
