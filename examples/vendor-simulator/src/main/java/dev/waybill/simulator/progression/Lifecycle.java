package dev.waybill.simulator.progression;

import dev.waybill.simulator.gate.Chance;
import dev.waybill.simulator.gate.FaultBook;
import dev.waybill.simulator.ledger.Fulfillment;
import dev.waybill.simulator.ledger.ItemQuantity;
import dev.waybill.simulator.ledger.Transition;
import dev.waybill.simulator.stock.Inventory;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The steps of a fulfillment (accept, ship, cancel, refuse) with what follows from each: stock moves and the
 * vendor's webhook. Used by automatic progression, by the vendors' own cancel calls and by the /_sim controls.
 */
@ApplicationScoped
public class Lifecycle {

    private final EventEmitter events;
    private final Inventory inventory;
    private final FaultBook faults;
    private final Chance chance;
    private final Set<Fulfillment> outOfOrder = ConcurrentHashMap.newKeySet();
    // acceptance events of out-of-order fulfillments, sent after their first shipment event
    private final Map<Fulfillment, Transition> owedAcceptance = new ConcurrentHashMap<>();

    public Lifecycle(EventEmitter events, Inventory inventory, FaultBook faults, Chance chance) {
        this.events = events;
        this.inventory = inventory;
        this.faults = faults;
        this.chance = chance;
    }

    /** A new fulfillment: decides now whether its acceptance will arrive out of order. */
    public void created(Fulfillment fulfillment) {
        if (chance.roll(faults.of(fulfillment.vendor()).outOfOrderRate())) {
            outOfOrder.add(fulfillment);
        }
    }

    /** The vendor accepts it, unless it is past that. */
    public void accept(Fulfillment fulfillment) {
        fulfillment.accept().ifPresent(step -> {
            if (outOfOrder.remove(fulfillment)) {
                owedAcceptance.put(fulfillment, step);
            } else {
                events.emit(fulfillment, step);
            }
        });
    }

    /**
     * Ships those quantities (null: everything open), accepting first if the vendor had not yet. A vendor that
     * cannot ship in parts ships everything.
     */
    public Transition ship(Fulfillment fulfillment, List<ItemQuantity> wanted) {
        accept(fulfillment);
        Transition step = fulfillment.ship(fulfillment.shipsInParts() ? wanted : null);
        inventory.of(fulfillment.vendor()).shipped(fulfillment.id(), step.items());
        events.emit(fulfillment, step);
        Transition owed = owedAcceptance.remove(fulfillment);
        if (owed != null) {
            events.emit(fulfillment, owed);
        }
        return step;
    }

    /** The first automatic shipment: the first open line alone when there are several, else everything. */
    public void shipFirst(Fulfillment fulfillment) {
        List<ItemQuantity> open = fulfillment.open();
        if (!open.isEmpty()) {
            ship(fulfillment, open.size() > 1 ? List.of(open.get(0)) : null);
        }
    }

    /** The last automatic shipment: whatever is still open. */
    public void shipRest(Fulfillment fulfillment) {
        if (!fulfillment.open().isEmpty()) {
            ship(fulfillment, null);
        }
    }

    /** Cancels those quantities (null or empty: all open); the webhook goes out when nothing is left open. */
    public Transition cancel(Fulfillment fulfillment, List<ItemQuantity> wanted) {
        Transition step = fulfillment.cancel(wanted);
        inventory.of(fulfillment.vendor()).returned(fulfillment.id(), step.items());
        if (step.closed() && !step.items().isEmpty()) {
            forget(fulfillment);
            events.emit(fulfillment, step);
        }
        return step;
    }

    /** The vendor refuses whatever is open. */
    public Transition refuse(Fulfillment fulfillment) {
        Transition step = fulfillment.refuse();
        inventory.of(fulfillment.vendor()).returned(fulfillment.id(), step.items());
        forget(fulfillment);
        events.emit(fulfillment, step);
        return step;
    }

    /** Forgets every pending out-of-order acceptance. */
    public void clear() {
        outOfOrder.clear();
        owedAcceptance.clear();
    }

    // a closed fulfillment sends nothing more, not even an acceptance it held back
    private void forget(Fulfillment fulfillment) {
        outOfOrder.remove(fulfillment);
        owedAcceptance.remove(fulfillment);
    }
}
