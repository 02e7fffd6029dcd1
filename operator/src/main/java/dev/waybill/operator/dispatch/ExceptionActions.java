package dev.waybill.operator.dispatch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waybill.operator.fulfillment.ShipmentState;
import dev.waybill.operator.model.CompiledNode;
import dev.waybill.operator.model.ModelRegistry;
import dev.waybill.operator.model.ResourceKey;
import dev.waybill.operator.store.AuditEvent;
import dev.waybill.operator.store.ExceptionRecord;
import dev.waybill.operator.store.OrderStore;
import dev.waybill.operator.store.OutboxCommand;
import dev.waybill.operator.store.ShipmentLine;
import dev.waybill.operator.store.ShipmentRecord;
import dev.waybill.operator.store.Transition;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A person's decisions on the exception queue, each one transition with its audit event: {@code retry} (the failed
 * step again: dispatch, route or cancel), {@code resolve} (settled outside Waybill; with a vendor reference the
 * shipment counts as at the vendor, without one a shipment not yet sent is dropped), and {@code reassign} (the
 * shipment's open lines to another node).
 */
@Singleton
public class ExceptionActions {

    /** Why an action was refused: the HTTP status, the field, a message. */
    public record Refusal(int status, String field, String message) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final OrderStore store;
    private final OrderChanges changes;
    private final DispatchRecords records;
    private final ModelRegistry model;
    private final Clock clock;

    ExceptionActions(OrderStore store, OrderChanges changes, DispatchRecords records, ModelRegistry model,
                     Clock clock) {
        this.store = store;
        this.changes = changes;
        this.records = records;
        this.model = model;
        this.clock = clock;
    }

    /**
     * @param confirmedNotSent the person checked with the vendor that an earlier attempt did not arrive, so the
     *                         call may be sent without settling it first (lookup, idempotency key)
     */
    public Optional<Refusal> retry(ExceptionRecord exception, boolean confirmedNotSent) {
        return decide(exception, "Retried", "retry", Map.of("confirmedNotSent", confirmedNotSent), (current, at) -> {
            String operation = detail(exception).path("operation").asText("");
            boolean settle = !confirmedNotSent && detail(exception).path("mayHaveReachedVendor").asBoolean(false);
            Optional<ShipmentRecord> shipment = Optional.ofNullable(exception.shipmentId())
                    .flatMap(current::shipment);
            OutboxCommand command = switch (operation) {
                case "create", "reserve" -> shipment.filter(s -> ShipmentState.Pending.name().equals(s.state()))
                        .map(s -> OutboxCommand.of(exception.orderRef(), "Dispatch",
                                CallRecords.json(Map.of("shipment", s.id(), "settle", settle)), at)).orElse(null);
                case "route" -> OutboxCommand.of(exception.orderRef(), "Route", "{}", at);
                case "void" -> OutboxCommand.of(exception.orderRef(), "Void", "{}", at);
                default -> null;
            };
            if (command == null) {
                return Optional.empty();
            }
            String state = "route".equals(operation) && current.shipments().isEmpty() ? "Received" : null;
            return Optional.of(new Step(shipment.orElse(null), List.of(command), state));
        });
    }

    public Optional<Refusal> resolve(ExceptionRecord exception, Optional<String> vendorReference, String note) {
        return decide(exception, "Resolved", "resolve", Map.of("note", note), (current, at) -> {
            Optional<ShipmentRecord> shipment = Optional.ofNullable(exception.shipmentId())
                    .flatMap(current::shipment)
                    .filter(s -> ShipmentState.Pending.name().equals(s.state()));
            return Optional.of(new Step(shipment.map(s -> vendorReference
                    .map(r -> s.withVendorReference(r, at).withState(ShipmentState.Submitted.name(), at))
                    .orElseGet(() -> cancelled(s, at))).orElse(null), List.of(),
                    current.shipments().isEmpty() ? "Cancelled" : null));
        });
    }

    public Optional<Refusal> reassign(ExceptionRecord exception, String node) {
        Optional<OrderChanges.Current> first = changes.read(exception.orderRef());
        ResourceKey key = new ResourceKey(first.map(c -> c.order().namespace()).orElse(""), node);
        CompiledNode target = model.snapshot().nodes().get(key);
        if (target == null || !target.routable()) {
            return Optional.of(new Refusal(422, "node", "no Ready, unpaused FulfillmentNode " + key));
        }
        Optional<ShipmentRecord> shipment = first.flatMap(c -> Optional.ofNullable(exception.shipmentId())
                .flatMap(c::shipment));
        if (shipment.isEmpty() || ShipmentState.valueOf(shipment.get().state()).terminal
                || !ShipmentState.Pending.name().equals(shipment.get().state())) {
            return Optional.of(new Refusal(409, "node", "only a shipment that is not at a vendor can be reassigned"));
        }
        return decide(exception, "Reassigned", "reassign", Map.of("node", node), (current, at) ->
                current.shipment(exception.shipmentId()).map(old -> {
                    ShipmentRecord moved = new ShipmentRecord(exception.orderRef() + "-"
                            + (current.shipments().size() + 1), exception.orderRef(), node,
                            target.spec().adapterRef.name, ShipmentState.Pending.name(), old.lines().stream()
                            .filter(l -> l.toShip() > 0).map(l -> new ShipmentLine(l.lineId(), l.sku(), l.toShip(),
                                    0, 0, 0)).toList(), null, null, at, at);
                    return new Step(old.withState(ShipmentState.Rejected.name(), at), List.of(OutboxCommand.of(
                            exception.orderRef(), "Dispatch", CallRecords.json(Map.of("shipment", moved.id())), at)),
                            null, moved);
                }));
    }

    /** What a decision changes: a shipment (or none), commands, the order's state (null: derived). */
    private record Step(ShipmentRecord shipment, List<OutboxCommand> commands, String orderState,
                        ShipmentRecord added) {
        Step(ShipmentRecord shipment, List<OutboxCommand> commands, String orderState) {
            this(shipment, commands, orderState, null);
        }
    }

    private interface Decision {
        Optional<Step> step(OrderChanges.Current current, Instant at);
    }

    private Optional<Refusal> decide(ExceptionRecord exception, String state, String action,
                                     Map<String, Object> input, Decision decision) {
        AtomicReference<Refusal> refusal = new AtomicReference<>();
        changes.apply(exception.orderRef(), current -> {
            Instant at = clock.instant();
            Optional<ExceptionRecord> open = store.exception(exception.id()).filter(e -> ExceptionRecord.OPEN
                    .equals(e.state()));
            if (open.isEmpty()) {
                refusal.set(new Refusal(409, "state", "exception " + exception.id() + " is no longer Open"));
                return Optional.empty();
            }
            Optional<Step> step = decision.step(current, at);
            if (step.isEmpty()) {
                refusal.set(new Refusal(409, "state", "nothing to " + action + ": the step is settled or cannot be "
                        + "repeated (resolve it instead)"));
                return Optional.empty();
            }
            return Optional.of(transition(current, open.get(), state, action, input, step.get(), at));
        });
        return Optional.ofNullable(refusal.get());
    }

    private Transition transition(OrderChanges.Current current, ExceptionRecord exception, String state,
                                  String action, Map<String, Object> input, Step step, Instant at) {
        Map<String, Object> decided = new java.util.LinkedHashMap<>(input);
        decided.put("action", action);
        decided.put("at", at.toString());
        ExceptionRecord closed = exception.decided(state, CallRecords.json(decided), at);
        List<ExceptionRecord> stillOpen = current.openExceptions().stream()
                .filter(e -> !e.id().equals(exception.id())).toList();
        OrderChanges.Current after = new OrderChanges.Current(current.order(), withAdded(current, step), stillOpen);
        AuditEvent event = new AuditEvent(at, "Exception" + state, action, step.shipment() == null ? null
                : step.shipment().node(), null, exception.reason(), CallRecords.json(Map.of("exception",
                exception.id(), "decision", decided)), current.order().id());
        ShipmentRecord changed = step.shipment() != null ? step.shipment() : current.shipments().isEmpty() ? null
                : current.shipments().get(0);
        Transition base = changed == null ? null
                : records.transition(after, Optional.empty(), changed, List.of(event), step.commands(), List.of(), at);
        List<ShipmentRecord> shipments = new ArrayList<>(base == null ? List.of() : base.shipments());
        if (step.added() != null) {
            shipments.add(step.added());
        }
        String orderState = step.orderState() != null ? step.orderState()
                : base == null ? current.order().state() : base.next().state();
        List<OutboxCommand> commands = base == null ? step.commands() : base.commands();
        return new Transition(current.order().withState(orderState, at), current.order().version(), List.of(event),
                commands, Optional.empty(), shipments, List.of(closed), List.of());
    }

    private static List<ShipmentRecord> withAdded(OrderChanges.Current current, Step step) {
        List<ShipmentRecord> all = new ArrayList<>(current.shipments());
        if (step.added() != null) {
            all.add(step.added());
        }
        return all;
    }

    private static ShipmentRecord cancelled(ShipmentRecord s, Instant at) {
        return s.withLines(s.lines().stream().map(l -> new ShipmentLine(l.lineId(), l.sku(), l.quantity(),
                l.shipped(), l.quantity() - l.shipped(), l.quantity() - l.shipped())).toList(), at)
                .withState(ShipmentState.Cancelled.name(), at);
    }

    private static JsonNode detail(ExceptionRecord exception) {
        try {
            return JSON.readTree(exception.detail());
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }
}
