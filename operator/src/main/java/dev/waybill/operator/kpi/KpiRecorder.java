package dev.waybill.operator.kpi;

import dev.waybill.adapter.connector.VendorConnector;
import dev.waybill.operator.model.ResourceKey;
import dev.waybill.operator.routing.RouteResult;
import dev.waybill.operator.routing.ShadowComparison;
import dev.waybill.operator.store.OrderRecord;
import dev.waybill.operator.store.ShipmentRecord;
import dev.waybill.operator.store.Transition;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Where the orchestrator reports what happened, once, at the place it happened: an intake answer, a routing
 * decision, a committed change of an order, a vendor call. Each report updates the Prometheus meters and the rolling
 * windows the status KPIs are computed from. A report never fails and never waits: counting must not slow an order
 * or stop it.
 */
@Singleton
public class KpiRecorder {

    private static final Logger LOG = Logger.getLogger(KpiRecorder.class);
    private static final Set<String> ENDED = Set.of("Shipped", "Cancelled", "Rejected");

    private final KpiFigures figures;
    private final OrderMemory memory;

    @Inject
    KpiRecorder(KpiFigures figures, KpiConfig config) {
        this(figures, config.rememberedOrders());
    }

    KpiRecorder(KpiFigures figures, int rememberedOrders) {
        this.figures = figures;
        this.memory = new OrderMemory(rememberedOrders);
    }

    /** An intake request answered with {@code status}; {@code source} null for canonical orders posted directly. */
    public void intake(String namespace, String source, int status) {
        safely(() -> figures.source(source == null
                ? new ResourceKey(figures.namespace(namespace), KpiFigures.API_SOURCE)
                : new ResourceKey(namespace, source)).took(status));
    }

    /**
     * A committed routing decision of an order.
     *
     * @param outcome  Routed, RoutedSplit, Backorder, NoCandidate or NoPolicy
     * @param toPerson whether the decision put the order on hold for a person
     * @param took     how long the decision took
     */
    public void routed(String namespace, String orderRef, RouteResult result, String outcome, boolean toPerson,
                       Duration took) {
        safely(() -> {
            String policy = result.explanation().policy();
            ResourceKey key = policy == null ? new ResourceKey(figures.namespace(namespace), KpiFigures.NO_POLICY)
                    : new ResourceKey(namespace, policy);
            figures.policy(key).decided(outcome, toPerson, took);
            memory.routed(orderRef, key);
            for (ShadowComparison shadow : result.shadows()) {
                figures.policy(new ResourceKey(namespace, shadow.policy())).shadowCompared(shadow.agrees());
            }
        });
    }

    /**
     * A committed change of an order, with the order, its shipments and its open exception entries as the change
     * read them.
     */
    public void changed(OrderRecord before, List<ShipmentRecord> shipments, Collection<String> openExceptions,
                        Transition change) {
        safely(() -> {
            OrderRecord after = change.next();
            ResourceKey policy = memory.policy(after.id())
                    .orElseGet(() -> new ResourceKey(figures.namespace(after.namespace()), KpiFigures.UNKNOWN_POLICY));
            for (OrderFact fact : OrderFacts.of(before, shipments, openExceptions, change)) {
                count(fact, after, policy);
            }
            if (!policy.name().startsWith("(")) {
                figures.policy(policy).waiting(after.id(), after.createdAt(), ENDED.contains(after.state()));
            }
        });
    }

    /** The connector, reporting each call it makes to the contract's figures. */
    public VendorConnector metered(ResourceKey contract, VendorConnector connector) {
        ContractFigures contractFigures = figures.contract(contract);
        contractFigures.running(connector);
        return new MeteredConnector(connector, (operation, outcome) ->
                safely(() -> figures.contract(contract).called(operation, outcome)));
    }

    private void count(OrderFact fact, OrderRecord order, ResourceKey policy) {
        ResourceKey namespace = new ResourceKey(order.namespace(), "");
        if (fact instanceof OrderFact.Assigned a) {
            figures.node(namespace.sibling(a.node())).shipment("assigned");
        } else if (fact instanceof OrderFact.Shipped s) {
            figures.node(namespace.sibling(s.node())).shipment("shipped");
        } else if (fact instanceof OrderFact.Failed f) {
            figures.node(namespace.sibling(f.node())).shipment("failed");
        } else if (fact instanceof OrderFact.Cancelled c) {
            figures.node(namespace.sibling(c.node())).shipment("cancelled");
        } else if (fact instanceof OrderFact.DispatchEnded d) {
            figures.policy(policy).dispatchEnded(d.accepted());
        } else if (fact instanceof OrderFact.Compensated c) {
            figures.policy(policy).compensated(c.kind());
        } else if (fact instanceof OrderFact.ExceptionOpened e) {
            figures.policy(policy).exceptionOpened(e.reason(), memory.firstNeedForPerson(order.id()));
        } else if (fact instanceof OrderFact.CancelRequested) {
            memory.cancelRequested(order.id(), order.updatedAt());
        } else if (fact instanceof OrderFact.OrderShipped s) {
            figures.policy(policy).orderShipped(s.onTime());
        } else if (fact instanceof OrderFact.OrderCancelled) {
            memory.cancelRequestedAt(order.id()).ifPresent(at ->
                    figures.policy(policy).orderCancelled(Duration.between(at, order.updatedAt())));
        }
    }

    private static void safely(Runnable report) {
        try {
            report.run();
        } catch (RuntimeException e) {
            LOG.debugf(e, "a KPI report failed; the order goes on: %s", e);
        }
    }
}
