package dev.waybill.operator.dispatch;

import dev.waybill.adapter.connector.VendorOutcome;
import dev.waybill.operator.fulfillment.FollowUps;
import dev.waybill.operator.fulfillment.OrderProgress;
import dev.waybill.operator.fulfillment.ShipmentState;
import dev.waybill.operator.model.ModelRegistry;
import dev.waybill.operator.store.AuditEvent;
import dev.waybill.operator.store.ExceptionRecord;
import dev.waybill.operator.store.OrderStore;
import dev.waybill.operator.store.OutboxCommand;
import dev.waybill.operator.store.ShipmentLine;
import dev.waybill.operator.store.ShipmentRecord;
import dev.waybill.operator.store.Transition;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes what a dispatch came to, each as one transition of the order computed from its current state (a webhook
 * or a cancellation may have changed it while the vendor was being called): the shipment's new state, the audit
 * event, the commands it causes, and the Dispatch command completed in the same transaction.
 */
@Singleton
class DispatchRecords {

    /** A refused order is routed again at most this many times before a person decides. */
    static final int MAX_SHIPMENTS = 10;

    private final OrderChanges changes;
    private final OrderStore store;
    private final ModelRegistry model;
    private final Clock clock;

    DispatchRecords(OrderChanges changes, OrderStore store, ModelRegistry model, Clock clock) {
        this.changes = changes;
        this.store = store;
        this.model = model;
        this.clock = clock;
    }

    /** The reservation is recorded before the create is sent, so a failure later releases it. */
    ShipmentRecord reserved(OutboxCommand command, ShipmentRecord shipment, String reservation, VendorOutcome outcome) {
        changes.apply(command.orderRef(), current -> current.shipment(shipment.id()).map(now -> {
            Instant at = clock.instant();
            ShipmentRecord next = now.withReservation(reservation, at);
            AuditEvent event = CallRecords.event(at, "Reserved", "reserve", now.node(), outcome, "Reserved",
                    Map.of("shipment", now.id()), command.orderRef());
            return new Transition(current.order().withState(current.order().state(), at), current.order().version(),
                    List.of(event), List.of(), Optional.empty(), List.of(next), List.of(), List.of());
        }));
        return store.shipment(shipment.id()).orElse(shipment);
    }

    void created(OutboxCommand command, ShipmentRecord sent, VendorOutcome.Succeeded outcome) {
        boolean applied = changes.apply(command.orderRef(), current -> current.shipment(sent.id()).map(now -> {
            Instant at = clock.instant();
            Object reference = outcome.response().get("vendorReference");
            ShipmentState reported = ShipmentState.named((String) outcome.response().get("status"))
                    .filter(s -> s.rank >= ShipmentState.Submitted.rank && !s.terminal)
                    .orElse(ShipmentState.Submitted);
            List<ShipmentLine> cancelAtVendor = new ArrayList<>();
            ShipmentRecord next = keepSent(now, sent, cancelAtVendor, at).withVendorReference(String.valueOf(reference), at);
            if (ShipmentState.valueOf(next.state()).rank < reported.rank || ShipmentState.valueOf(next.state()).terminal
                    && !cancelAtVendor.isEmpty()) {
                next = next.withState(reported.name(), at);
            }
            List<OutboxCommand> commands = new ArrayList<>();
            if (!cancelAtVendor.isEmpty()) {
                commands.add(OutboxCommand.of(command.orderRef(), "Cancel", CallRecords.json(Map.of("shipment",
                        sent.id(), "lines", cancelAtVendor)), at));
            }
            AuditEvent event = CallRecords.event(at, "Dispatched", "create", now.node(), outcome,
                    outcome.resolvedByLookup() ? "FoundByLookup" : reported.name(),
                    Map.of("shipment", now.id(), "vendorReference", String.valueOf(reference)), command.orderRef());
            return transition(current, command, next, List.of(event), commands, List.of(), at);
        }));
        completeIfUnapplied(command, applied);
    }

    /**
     * Lines cancelled here while the create was on its way reached the vendor anyway: they go back to "asked to
     * cancel" and a Cancel command asks the vendor.
     */
    private static ShipmentRecord keepSent(ShipmentRecord now, ShipmentRecord sent, List<ShipmentLine> cancelAtVendor,
                                           Instant at) {
        List<ShipmentLine> lines = new ArrayList<>();
        for (ShipmentLine line : now.lines()) {
            ShipmentLine before = sent.lines().stream().filter(l -> l.lineId().equals(line.lineId())).findFirst()
                    .orElse(line);
            int extra = Math.min(line.cancelled() - before.cancelled(), before.toShip());
            if (extra > 0) {
                cancelAtVendor.add(new ShipmentLine(line.lineId(), line.sku(), extra, 0, 0, 0));
                lines.add(new ShipmentLine(line.lineId(), line.sku(), line.quantity(), line.shipped(),
                        before.cancelled(), line.cancelRequested()));
            } else {
                lines.add(line);
            }
        }
        return now.withLines(lines, at);
    }

    /** The vendor refused for stock: the shipment ends Rejected and its lines are routed again. */
    void refused(OutboxCommand command, ShipmentRecord sent, String operation, VendorOutcome.Failed failed) {
        boolean applied = changes.apply(command.orderRef(), current -> current.shipment(sent.id()).map(now -> {
            Instant at = clock.instant();
            if (atVendor(now)) {
                return vendorHasIt(current, command, now, operation, failed, at);
            }
            if (current.shipments().size() >= MAX_SHIPMENTS) {
                return exceptionTransition(current, command, now, operation, failed, at);
            }
            ShipmentRecord next = now.withState(ShipmentState.Rejected.name(), at);
            OutboxCommand reroute = FollowUps.reroute(command.orderRef(), now, at);
            AuditEvent event = CallRecords.event(at, "VendorRefused", operation, now.node(), failed,
                    failed.refusal(), Map.of("shipment", now.id(), "rerouted", now.lines().stream()
                            .filter(l -> l.toShip() > 0).map(ShipmentLine::lineId).toList()), command.orderRef());
            return transition(current, command, next, List.of(event), List.of(reroute), List.of(), at);
        }));
        completeIfUnapplied(command, applied);
    }

    /** A failure no retry may fix: the exception queue, with everything a person needs. */
    void failed(OutboxCommand command, ShipmentRecord sent, String operation, VendorOutcome.Failed failed) {
        boolean applied = changes.apply(command.orderRef(), current -> current.shipment(sent.id())
                .map(now -> exceptionTransition(current, command, now, operation, failed, clock.instant())));
        completeIfUnapplied(command, applied);
    }

    /** The node or its contract is gone or invalid: a person reassigns or retries once it is back. */
    void nodeGone(OutboxCommand command, ShipmentRecord sent) {
        boolean applied = changes.apply(command.orderRef(), current -> current.shipment(sent.id())
                .filter(now -> !atVendor(now)).map(now -> {
            Instant at = clock.instant();
            ExceptionRecord exception = CallRecords.exception("x" + command.seq(), command.orderRef(), now.id(),
                    "NodeUnavailable", Map.of("operation", "create", "node", now.node(), "contract", now.contract(),
                            "message", "node or contract is missing or not Ready"), at);
            AuditEvent event = new AuditEvent(at, "DispatchFailed", "create", now.node(), command.attempts(),
                    "NodeUnavailable", "{\"shipment\":\"" + now.id() + "\"}", command.orderRef());
            return transition(current, command, now, List.of(event), List.of(), List.of(exception), at);
        }));
        completeIfUnapplied(command, applied);
    }

    /**
     * Whether the vendor's own webhooks already showed it has the shipment: then the failed call's answer (a timeout
     * after the vendor took it, a budget spent on a retry it did not need) changes nothing.
     */
    private static boolean atVendor(ShipmentRecord shipment) {
        return !ShipmentState.Pending.name().equals(shipment.state());
    }

    /** The call failed, but the vendor's webhooks show it has the shipment: recorded, nothing for a person. */
    private Transition vendorHasIt(OrderChanges.Current current, OutboxCommand command, ShipmentRecord now,
                                   String operation, VendorOutcome.Failed failed, Instant at) {
        AuditEvent event = CallRecords.event(at, "Dispatched", operation, now.node(), failed, "ConfirmedByWebhook",
                Map.of("shipment", now.id(), "vendorReference", String.valueOf(now.vendorReference()),
                        "shipmentState", now.state()), command.orderRef());
        return transition(current, command, now, List.of(event), List.of(), List.of(), at);
    }

    private Transition exceptionTransition(OrderChanges.Current current, OutboxCommand command, ShipmentRecord now,
                                           String operation, VendorOutcome.Failed failed, Instant at) {
        if (atVendor(now)) {
            return vendorHasIt(current, command, now, operation, failed, at);
        }
        ExceptionRecord exception = CallRecords.exception(command, now.id(), operation, now.node(), failed, at);
        List<OutboxCommand> commands = new ArrayList<>();
        ShipmentRecord next = now;
        if (now.reservationId() != null) {
            commands.add(FollowUps.release(command.orderRef(), now, at));
            next = now.withReservation(null, at);
        }
        AuditEvent event = CallRecords.event(at, "DispatchFailed", operation, now.node(), failed,
                exception.reason(), Map.of("shipment", now.id(), "exception", exception.id()), command.orderRef());
        return transition(current, command, next, List.of(event), commands, List.of(exception), at);
    }

    /** The order's change around one changed shipment: derived order state, compensations, command completed. */
    Transition transition(OrderChanges.Current current, OutboxCommand command, ShipmentRecord next,
                          List<AuditEvent> events, List<OutboxCommand> commands, List<ExceptionRecord> exceptions,
                          Instant at) {
        return transition(current, Optional.of(command.seq()), next, events, commands, exceptions, at);
    }

    /** The same, for a change no outbox command caused (a webhook, a person's decision). */
    Transition transition(OrderChanges.Current current, Optional<Long> completes, ShipmentRecord next,
                          List<AuditEvent> events, List<OutboxCommand> commands, List<ExceptionRecord> exceptions,
                          Instant at) {
        String orderRef = current.order().id();
        List<ShipmentRecord> after = current.shipments().stream().map(s -> s.id().equals(next.id()) ? next : s)
                .toList();
        boolean open = !current.openExceptions().isEmpty() || !exceptions.isEmpty();
        String state = OrderProgress.derive(current.order().state(), after, open);
        if ("OnHold".equals(state) && !open) {
            state = "Routed"; // every shipment refused: its lines are being routed again
        }
        List<OutboxCommand> all = new ArrayList<>(commands);
        all.addAll(FollowUps.after(orderRef, current.shipments(), after, current.order().state(), state,
                Payments.contract(model.snapshot(), current.order()).isPresent(), at));
        return new Transition(current.order().withState(state, at), current.order().version(), events, all,
                completes, List.of(next), exceptions, List.of());
    }

    /** Audit events and exceptions about the order that change neither it nor its shipments. */
    void note(OutboxCommand command, List<AuditEvent> events, List<ExceptionRecord> exceptions) {
        boolean applied = changes.apply(command.orderRef(), current -> Optional.of(new Transition(
                current.order().withState(current.order().state(), clock.instant()), current.order().version(),
                events, List.of(), Optional.of(command.seq()), List.of(), exceptions, List.of())));
        completeIfUnapplied(command, applied);
    }

    void completeIfUnapplied(OutboxCommand command, boolean applied) {
        if (!applied) {
            store.complete(command.seq(), clock.instant()); // the order or shipment is gone: nothing to record
        }
    }
}
