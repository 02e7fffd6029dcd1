package dev.waybill.simulator.stock;

import dev.waybill.simulator.ledger.ItemQuantity;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One vendor's stock. Only SKUs that were given a level are limited; any other SKU is in unlimited supply. An order
 * for a reference that holds a reservation uses the reservation up instead of taking the stock twice.
 */
public final class Stock {

    private final Map<String, Integer> onHand = new HashMap<>();
    private final Map<String, Integer> allocated = new HashMap<>();
    private final Map<String, Map<String, Integer>> commitments = new HashMap<>();
    private final Map<String, Reservation> reservations = new LinkedHashMap<>();

    /** Sets what is available now (on hand becomes that plus what is already allocated). */
    public synchronized void set(String sku, int available) {
        onHand.put(sku, available + allocated.getOrDefault(sku, 0));
    }

    /**
     * Commits stock to a new order; returns the SKUs that are short (then nothing is committed). A reservation for
     * the same reference is used up by it.
     */
    public synchronized List<String> commit(String orderId, String reference, List<ItemQuantity> items) {
        Optional<Reservation> held = reservations.values().stream()
                .filter(reservation -> reservation.reference().equals(reference)).findFirst();
        Map<String, Integer> credit = held.map(Reservation::quantities).orElse(Map.of());
        Map<String, Integer> need = ItemQuantity.bySku(items);
        List<String> shortages = shortages(need, credit);
        if (shortages.isEmpty()) {
            held.ifPresent(reservation -> release(reservation.id()));
            need.forEach((sku, quantity) -> allocated.merge(sku, quantity, Integer::sum));
            commitments.put(orderId, new HashMap<>(need));
        }
        return shortages;
    }

    /** Holds stock back for a reference; returns the SKUs that are short (then nothing is held). */
    public synchronized List<String> reserve(String id, String reference, List<ItemQuantity> items) {
        Map<String, Integer> need = ItemQuantity.bySku(items);
        List<String> shortages = shortages(need, Map.of());
        if (shortages.isEmpty()) {
            need.forEach((sku, quantity) -> allocated.merge(sku, quantity, Integer::sum));
            reservations.put(id, new Reservation(id, reference, need));
        }
        return shortages;
    }

    /** Releases a reservation; false when there is none by that id. */
    public synchronized boolean release(String id) {
        Reservation reservation = reservations.remove(id);
        if (reservation == null) {
            return false;
        }
        reservation.quantities().forEach(this::unallocate);
        return true;
    }

    /** Units of an order left the building. */
    public synchronized void shipped(String orderId, List<ItemQuantity> items) {
        for (ItemQuantity item : items) {
            int taken = settle(orderId, item);
            onHand.computeIfPresent(item.sku(), (sku, units) -> units - taken);
        }
    }

    /** Units of an order will not ship after all (cancelled or refused): they are free again. */
    public synchronized void returned(String orderId, List<ItemQuantity> items) {
        items.forEach(item -> settle(orderId, item));
    }

    /** The SKUs given a level, by SKU. */
    public synchronized List<StockLevel> levels() {
        return new TreeMap<>(onHand).entrySet().stream().map(entry -> {
            int held = allocated.getOrDefault(entry.getKey(), 0);
            return new StockLevel(entry.getKey(), entry.getValue(), held, entry.getValue() - held);
        }).toList();
    }

    private List<String> shortages(Map<String, Integer> need, Map<String, Integer> credit) {
        return need.entrySet().stream().filter(entry -> onHand.containsKey(entry.getKey()))
                .filter(entry -> entry.getValue() > available(entry.getKey()) + credit.getOrDefault(entry.getKey(), 0))
                .map(Map.Entry::getKey).toList();
    }

    private int available(String sku) {
        return onHand.get(sku) - allocated.getOrDefault(sku, 0);
    }

    /** Takes units off an order's commitment (never more than it committed); returns how many. */
    private int settle(String orderId, ItemQuantity item) {
        Map<String, Integer> commitment = commitments.getOrDefault(orderId, Map.of());
        int settled = Math.min(item.quantity(), commitment.getOrDefault(item.sku(), 0));
        if (settled > 0) {
            commitment.merge(item.sku(), -settled, (left, minus) -> left + minus == 0 ? null : left + minus);
            unallocate(item.sku(), settled);
            if (commitment.isEmpty()) {
                commitments.remove(orderId);
            }
        }
        return settled;
    }

    private void unallocate(String sku, int quantity) {
        allocated.merge(sku, -quantity, (left, minus) -> left + minus <= 0 ? null : left + minus);
    }
}
