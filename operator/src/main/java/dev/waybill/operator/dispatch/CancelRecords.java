package dev.waybill.operator.dispatch;

import dev.waybill.adapter.connector.FailureClass;
import dev.waybill.adapter.connector.VendorOutcome;
import dev.waybill.operator.fulfillment.ShipmentState;
import dev.waybill.operator.store.AuditEvent;
import dev.waybill.operator.store.ExceptionRecord;
import dev.waybill.operator.store.OutboxCommand;
import dev.waybill.operator.store.ShipmentLine;
import dev.waybill.operator.store.ShipmentRecord;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Writes what a cancellation at a vendor came to: the cancelled quantities (and the shipment's end, and with it
 * the compensations that follow), or, when the vendor refused or could not be asked, the quantities back to open
 * and an exception for a person.
 */
@Singleton
class CancelRecords {

    private final OrderChanges changes;
    private final DispatchRecords records;
    private final Clock clock;

    CancelRecords(OrderChanges changes, DispatchRecords records, Clock clock) {
        this.changes = changes;
        this.records = records;
        this.clock = clock;
    }

    void answered(OutboxCommand command, ShipmentRecord asked, List<ShipmentLine> lines, VendorOutcome outcome) {
        if (outcome instanceof VendorOutcome.Failed failed) {
            refused(command, asked, lines, CallRecords.exception(command, asked.id(), "cancel", asked.node(), failed,
                    clock.instant()), failed);
            return;
        }
        Object status = ((VendorOutcome.Succeeded) outcome).response().get("status");
        boolean allGone = ShipmentState.Cancelled.name().equals(status);
        apply(command, asked, now -> {
            Instant at = clock.instant();
            ShipmentRecord next = now.withLines(now.lines().stream().map(l -> cancelled(l, lines, allGone)).toList(),
                    at);
            if (next.lines().stream().allMatch(l -> l.toShip() == 0)) {
                boolean anyShipped = next.lines().stream().anyMatch(l -> l.shipped() > 0);
                next = next.withState(anyShipped ? ShipmentState.Shipped.name() : ShipmentState.Cancelled.name(), at);
            }
            AuditEvent event = CallRecords.event(at, "Compensated", "cancel", now.node(), outcome, "Cancelled",
                    Map.of("shipment", now.id(), "lines", lines), command.orderRef());
            return new Change(next, event, List.of());
        });
    }

    /** The node lacks the capability or its contract has no cancel: nothing was asked of the vendor. */
    void unsupported(OutboxCommand command, ShipmentRecord asked, List<ShipmentLine> lines) {
        ExceptionRecord exception = CallRecords.exception("x" + command.seq(), command.orderRef(), asked.id(),
                "CancelUnsupported", Map.of("operation", "cancel", "node", asked.node(), "lines", lines,
                        "message", "the contract of node " + asked.node() + " has no cancel operation"),
                clock.instant());
        refused(command, asked, lines, exception, null);
    }

    private void refused(OutboxCommand command, ShipmentRecord asked, List<ShipmentLine> lines,
                         ExceptionRecord exception, VendorOutcome.Failed failed) {
        ExceptionRecord named = failed != null && failed.failureClass() == FailureClass.Business
                ? new ExceptionRecord(exception.id(), exception.orderRef(), exception.shipmentId(), "CancelRefused",
                exception.detail(), exception.attempts(), exception.state(), null, exception.createdAt(),
                exception.updatedAt()) : exception;
        apply(command, asked, now -> {
            Instant at = clock.instant();
            ShipmentRecord next = now.withLines(now.lines().stream().map(l -> reopened(l, lines)).toList(), at);
            AuditEvent event = failed == null
                    ? new AuditEvent(at, "CompensationFailed", "cancel", now.node(), 0, named.reason(),
                    CallRecords.json(Map.of("shipment", now.id(), "exception", named.id())), command.orderRef())
                    : CallRecords.event(at, "CompensationFailed", "cancel", now.node(), failed, named.reason(),
                    Map.of("shipment", now.id(), "exception", named.id()), command.orderRef());
            return new Change(next, event, List.of(named));
        });
    }

    private record Change(ShipmentRecord next, AuditEvent event, List<ExceptionRecord> exceptions) {
    }

    private void apply(OutboxCommand command, ShipmentRecord asked,
                       java.util.function.Function<ShipmentRecord, Change> change) {
        boolean applied = changes.apply(command.orderRef(), current -> current.shipment(asked.id()).map(now -> {
            Change c = change.apply(now);
            return records.transition(current, command, c.next(), List.of(c.event()), List.of(), c.exceptions(),
                    clock.instant());
        }));
        records.completeIfUnapplied(command, applied);
    }

    private static ShipmentLine cancelled(ShipmentLine line, List<ShipmentLine> asked, boolean allGone) {
        int q = allGone ? line.toShip() : Math.min(line.toShip(), quantity(asked, line.lineId()));
        return new ShipmentLine(line.lineId(), line.sku(), line.quantity(), line.shipped(), line.cancelled() + q,
                Math.max(line.cancelRequested(), line.cancelled() + q));
    }

    private static ShipmentLine reopened(ShipmentLine line, List<ShipmentLine> asked) {
        int q = quantity(asked, line.lineId());
        return new ShipmentLine(line.lineId(), line.sku(), line.quantity(), line.shipped(), line.cancelled(),
                Math.max(line.cancelled(), line.cancelRequested() - q));
    }

    private static int quantity(List<ShipmentLine> lines, String lineId) {
        return lines.stream().filter(l -> l.lineId().equals(lineId)).mapToInt(ShipmentLine::quantity).sum();
    }
}
