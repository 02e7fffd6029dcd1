package dev.waybill.operator.dispatch;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waybill.api.v1alpha1.meta.Capability;
import dev.waybill.operator.fulfillment.CancelCheck;
import dev.waybill.operator.fulfillment.CancelPlan;
import dev.waybill.operator.fulfillment.CancelRequest;
import dev.waybill.operator.fulfillment.FollowUps;
import dev.waybill.operator.fulfillment.OrderProgress;
import dev.waybill.operator.model.CompiledModel;
import dev.waybill.operator.model.CompiledNode;
import dev.waybill.operator.model.ModelRegistry;
import dev.waybill.operator.model.ResourceKey;
import dev.waybill.operator.store.AuditEvent;
import dev.waybill.operator.store.ExceptionRecord;
import dev.waybill.operator.store.OutboxCommand;
import dev.waybill.operator.store.ShipmentRecord;
import dev.waybill.operator.store.Transition;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Takes a cancellation ({@code POST /api/v1/orders/{id}/cancel}): checks it, plans it per node capability, and
 * writes the plan in one transaction: lines not yet at a vendor cancelled here, Cancel commands for lines at
 * vendors, CancelUnsupported exceptions for nodes that cannot cancel, and the compensations that follow
 * (reservations released, the payment voided once the whole order is cancelled).
 */
@Singleton
public class Cancellations {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final OrderChanges changes;
    private final ModelRegistry model;
    private final Connectors connectors;
    private final Clock clock;

    Cancellations(OrderChanges changes, ModelRegistry model, Connectors connectors, Clock clock) {
        this.changes = changes;
        this.model = model;
        this.connectors = connectors;
        this.clock = clock;
    }

    /** The refusals, empty when the cancellation was taken; empty optional when the order does not exist. */
    public Optional<List<CancelCheck.Refusal>> cancel(String orderRef, CancelRequest request) {
        AtomicReference<List<CancelCheck.Refusal>> refusals = new AtomicReference<>(List.of());
        Optional<OrderChanges.Current> first = changes.read(orderRef);
        if (first.isEmpty()) {
            return Optional.empty();
        }
        changes.apply(orderRef, current -> {
            List<CancelCheck.Refusal> found = CancelCheck.check(current.order().state(), orderLines(current),
                    current.shipments(), request);
            refusals.set(found);
            return found.isEmpty() ? Optional.of(transition(current, request)) : Optional.empty();
        });
        return Optional.of(refusals.get());
    }

    private Transition transition(OrderChanges.Current current, CancelRequest request) {
        Instant at = clock.instant();
        CompiledModel snapshot = model.snapshot();
        String namespace = current.order().namespace();
        CancelPlan plan = CancelPlan.of(current.shipments(), request, s -> ability(snapshot, namespace, s), at);
        List<ShipmentRecord> after = current.shipments().stream().map(s -> plan.shipments().stream()
                .filter(p -> p.id().equals(s.id())).findFirst().orElse(s)).toList();
        List<OutboxCommand> commands = new ArrayList<>();
        plan.vendorCancels().forEach(c -> commands.add(OutboxCommand.of(current.order().id(), "Cancel",
                CallRecords.json(Map.of("shipment", c.shipmentId(), "lines", c.lines())), at)));
        List<ExceptionRecord> exceptions = new ArrayList<>();
        plan.unsupported().forEach(u -> exceptions.add(CallRecords.exception("c" + u.shipmentId() + "-"
                        + current.order().version(), current.order().id(), u.shipmentId(), "CancelUnsupported",
                Map.of("operation", "cancel", "node", u.node(), "message", u.message()), at)));
        List<ExceptionRecord> closed = new ArrayList<>();
        String state;
        if (current.shipments().isEmpty()) {
            state = "Cancelled"; // not routed yet: nothing is at any vendor
            current.openExceptions().forEach(e -> closed.add(e.decided("Resolved",
                    "{\"action\":\"cancel\",\"note\":\"order cancelled\"}", at)));
        } else {
            state = OrderProgress.derive(current.order().state(), after,
                    !current.openExceptions().isEmpty() || !exceptions.isEmpty());
        }
        commands.addAll(FollowUps.after(current.order().id(), current.shipments(), after, current.order().state(),
                state, Payments.contract(snapshot, current.order()).isPresent(), at));
        exceptions.addAll(closed);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("lines", request.isWhole() ? "all" : request.lines());
        detail.put("atVendors", plan.vendorCancels().size());
        detail.put("unsupported", plan.unsupported().stream().map(CancelPlan.Unsupported::message).toList());
        AuditEvent event = new AuditEvent(at, "CancelRequested", "cancel", null, null,
                plan.unsupported().isEmpty() ? "Accepted" : "CancelUnsupported", CallRecords.json(detail),
                current.order().id());
        return new Transition(current.order().withState(state, at), current.order().version(), List.of(event),
                commands, Optional.empty(), plan.shipments(), exceptions, List.of());
    }

    private CancelPlan.NodeAbility ability(CompiledModel snapshot, String namespace, ShipmentRecord shipment) {
        CompiledNode node = snapshot.nodes().get(new ResourceKey(namespace, shipment.node()));
        EnumSet<Capability> capabilities = node == null || node.spec().capabilities == null
                || node.spec().capabilities.isEmpty() ? EnumSet.noneOf(Capability.class)
                : EnumSet.copyOf(node.spec().capabilities);
        boolean cancels = connectors.connector(new ResourceKey(namespace, shipment.contract()))
                .map(c -> c.supports("cancel")).orElse(false);
        return new CancelPlan.NodeAbility(capabilities, cancels);
    }

    private static Map<String, Integer> orderLines(OrderChanges.Current current) {
        Map<String, Integer> lines = new LinkedHashMap<>();
        try {
            JSON.readTree(current.order().body()).path("lines")
                    .forEach(l -> lines.put(l.path("lineId").asText(), l.path("quantity").asInt()));
        } catch (IOException e) {
            throw new IllegalStateException("a stored order body is always valid JSON", e);
        }
        return lines;
    }
}
