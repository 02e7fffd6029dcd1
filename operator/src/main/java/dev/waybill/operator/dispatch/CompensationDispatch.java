package dev.waybill.operator.dispatch;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waybill.adapter.connector.FailureClass;
import dev.waybill.adapter.connector.VendorCall;
import dev.waybill.adapter.connector.VendorConnector;
import dev.waybill.adapter.connector.VendorOutcome;
import dev.waybill.operator.model.ModelRegistry;
import dev.waybill.operator.model.ResourceKey;
import dev.waybill.operator.store.AuditEvent;
import dev.waybill.operator.store.ExceptionRecord;
import dev.waybill.operator.store.OrderRecord;
import dev.waybill.operator.store.OrderStore;
import dev.waybill.operator.store.OutboxCommand;
import dev.waybill.operator.store.ShipmentLine;
import dev.waybill.operator.store.ShipmentRecord;
import dev.waybill.operator.trace.WorkSpans;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Delivers the compensating commands: Cancel (at the node, whole or in part), Release (a stock reservation) and
 * Void (the payment authorization, through the order source's payment contract). What they come to is written by
 * {@link CancelRecords} and {@link DispatchRecords}.
 */
@Singleton
class CompensationDispatch {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final OrderStore store;
    private final ModelRegistry model;
    private final Connectors connectors;
    private final DispatchRecords records;
    private final CancelRecords cancels;
    private final Clock clock;

    CompensationDispatch(OrderStore store, ModelRegistry model, Connectors connectors, DispatchRecords records,
                         CancelRecords cancels, Clock clock) {
        this.store = store;
        this.model = model;
        this.connectors = connectors;
        this.records = records;
        this.cancels = cancels;
        this.clock = clock;
    }

    void cancel(OutboxCommand command) {
        Map<String, Object> payload = ShipmentDispatch.Payload.map(command.payload());
        Optional<OrderRecord> order = store.find(command.orderRef());
        Optional<ShipmentRecord> shipment = store.shipment(String.valueOf(payload.get("shipment")));
        if (order.isEmpty() || shipment.isEmpty()) {
            store.complete(command.seq(), clock.instant());
            return;
        }
        WorkSpans.at(shipment.get().node(), shipment.get().contract());
        List<ShipmentLine> lines = lines(command.payload());
        Optional<VendorConnector> connector = connector(order.get(), shipment.get().contract());
        if (connector.isEmpty() || !connector.get().supports("cancel")) {
            cancels.unsupported(command, shipment.get(), lines);
            return;
        }
        VendorOutcome outcome = connector.get().call(new VendorCall("cancel", shipment.get().id() + ":cancel:"
                + command.seq(), CallInput.cancel(order.get(), shipment.get(), lines), Set.of(),
                command.attempts() > 1, order.get().id()));
        if (isCircuitOpen(outcome)) {
            store.defer(command.seq(), clock.instant().plus(ShipmentDispatch.CIRCUIT_WAIT));
        } else {
            cancels.answered(command, shipment.get(), lines, outcome);
        }
    }

    void release(OutboxCommand command) {
        Map<String, Object> payload = ShipmentDispatch.Payload.map(command.payload());
        Optional<OrderRecord> order = store.find(command.orderRef());
        Optional<ShipmentRecord> shipment = store.shipment(String.valueOf(payload.get("shipment")));
        if (order.isEmpty() || shipment.isEmpty()) {
            store.complete(command.seq(), clock.instant());
            return;
        }
        WorkSpans.at(shipment.get().node(), shipment.get().contract());
        ShipmentRecord held = shipment.get().withReservation(String.valueOf(payload.get("reservationId")),
                clock.instant());
        Optional<VendorConnector> connector = connector(order.get(), held.contract());
        if (connector.isEmpty() || !connector.get().supports("release")) {
            store.complete(command.seq(), clock.instant()); // nothing to call: the vendor's holds expire
            return;
        }
        VendorOutcome outcome = connector.get().call(new VendorCall("release", held.id() + ":release",
                CallInput.of(order.get(), held), Set.of(), command.attempts() > 1, order.get().id()));
        boolean gone = outcome instanceof VendorOutcome.Failed f && Integer.valueOf(404).equals(f.httpStatus());
        compensated(command, "release", held.node(), gone ? new VendorOutcome.Succeeded(Map.of(), 404, false,
                outcome.attempts()) : outcome, gone ? "AlreadyReleased" : "Released",
                Map.of("shipment", held.id(), "reservationId", held.reservationId()));
    }

    void voidPayment(OutboxCommand command) {
        Optional<OrderRecord> order = store.find(command.orderRef());
        Optional<ResourceKey> contract = order.flatMap(o -> Payments.contract(model.snapshot(), o));
        Optional<VendorConnector> connector = contract.flatMap(connectors::connector);
        if (order.isEmpty() || connector.isEmpty() || !connector.get().supports("void")) {
            store.complete(command.seq(), clock.instant());
            return;
        }
        VendorOutcome outcome = connector.get().call(new VendorCall("void", order.get().id() + ":void",
                CallInput.order(order.get()), Set.of(), command.attempts() > 1, order.get().id()));
        compensated(command, "void", null, outcome, "Voided", Map.of("contract", contract.get().name()));
    }

    private void compensated(OutboxCommand command, String step, String node, VendorOutcome outcome, String done,
                             Map<String, Object> detail) {
        if (isCircuitOpen(outcome)) {
            store.defer(command.seq(), clock.instant().plus(ShipmentDispatch.CIRCUIT_WAIT));
            return;
        }
        Instant at = clock.instant();
        if (outcome instanceof VendorOutcome.Failed failed) {
            ExceptionRecord exception = CallRecords.exception(command, (String) detail.get("shipment"), step, node,
                    failed, at);
            records.note(command, List.of(CallRecords.event(at, "CompensationFailed", step, node, outcome,
                    exception.reason(), detail, command.orderRef())), List.of(exception));
        } else {
            records.note(command, List.of(CallRecords.event(at, "Compensated", step, node, outcome, done, detail,
                    command.orderRef())), List.of());
        }
    }

    private Optional<VendorConnector> connector(OrderRecord order, String contract) {
        return connectors.connector(new ResourceKey(order.namespace(), contract));
    }

    private static boolean isCircuitOpen(VendorOutcome outcome) {
        return outcome instanceof VendorOutcome.Failed f && f.failureClass() == FailureClass.CircuitOpen;
    }

    private static List<ShipmentLine> lines(String payload) {
        try {
            return JSON.readValue(JSON.readTree(payload).path("lines").traverse(),
                    new TypeReference<List<ShipmentLine>>() { });
        } catch (IOException e) {
            return List.of();
        }
    }
}
