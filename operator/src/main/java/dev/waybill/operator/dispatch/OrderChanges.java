package dev.waybill.operator.dispatch;

import dev.waybill.operator.kpi.KpiRecorder;
import dev.waybill.operator.store.ExceptionRecord;
import dev.waybill.operator.store.OrderRecord;
import dev.waybill.operator.store.OrderStore;
import dev.waybill.operator.store.ShipmentRecord;
import dev.waybill.operator.store.Transition;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Applies a change computed from an order's current state (order, shipments, open exceptions), computing it again
 * from the new state when a concurrent writer (a webhook, a person, another worker) changed the order first.
 */
@Singleton
public class OrderChanges {

    private static final Logger LOG = Logger.getLogger(OrderChanges.class);
    private static final int TRIES = 8;

    /** An order as a change reads it. */
    public record Current(OrderRecord order, List<ShipmentRecord> shipments, List<ExceptionRecord> openExceptions) {

        public Optional<ShipmentRecord> shipment(String id) {
            return shipments.stream().filter(s -> s.id().equals(id)).findFirst();
        }
    }

    private final OrderStore store;
    private final KpiRecorder kpis;

    OrderChanges(OrderStore store, KpiRecorder kpis) {
        this.store = store;
        this.kpis = kpis;
    }

    public Optional<Current> read(String orderRef) {
        return store.find(orderRef).map(order -> new Current(order, store.shipments(orderRef),
                store.exceptions(Optional.of(ExceptionRecord.OPEN), Optional.of(orderRef), 1000)));
    }

    /**
     * Computes and applies the change; true when it was applied, false when the change found nothing to do (it
     * returned empty) or the order does not exist.
     */
    public boolean apply(String orderRef, Function<Current, Optional<Transition>> change) {
        for (int i = 0; i < TRIES; i++) {
            Optional<Current> current = read(orderRef);
            if (current.isEmpty()) {
                return false;
            }
            Optional<Transition> transition = change.apply(current.get());
            if (transition.isEmpty()) {
                return false;
            }
            if (store.apply(transition.get())) {
                Current before = current.get();
                kpis.changed(before.order(), before.shipments(),
                        before.openExceptions().stream().map(ExceptionRecord::id).toList(), transition.get());
                return true;
            }
        }
        LOG.warnf("order %s kept changing under %d attempts to update it; the work will be retried", orderRef, TRIES);
        throw new ConcurrentOrderChangeException(orderRef);
    }

    /** An order changed under every attempt to update it; the command that wanted the change is retried later. */
    public static final class ConcurrentOrderChangeException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        ConcurrentOrderChangeException(String orderRef) {
            super("order " + orderRef + " changed concurrently " + TRIES + " times");
        }
    }
}
