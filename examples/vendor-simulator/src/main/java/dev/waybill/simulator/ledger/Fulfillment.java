package dev.waybill.simulator.ledger;

import dev.waybill.simulator.Vendor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ObjIntConsumer;
import java.util.function.ToIntFunction;

/**
 * One fulfillment a vendor holds (an order, an upload, a void), with its lines and its state in the vendor's own
 * words. Every step is atomic: the lock is the fulfillment itself.
 */
public final class Fulfillment {

    private final Vendor vendor;
    private final String id;
    private final String reference;
    private final String orderId;
    private final String idempotencyKey;
    private final StatusWords words;
    private final List<FulfillmentLine> lines = new ArrayList<>();
    private String state;
    private boolean refused;

    public Fulfillment(Vendor vendor, String id, String reference, String orderId, String idempotencyKey,
                       StatusWords words, List<ItemQuantity> items) {
        this.vendor = vendor;
        this.id = id;
        this.reference = reference;
        this.orderId = orderId;
        this.idempotencyKey = idempotencyKey;
        this.words = words;
        this.state = words.received();
        items.forEach(item -> lines.add(new FulfillmentLine(item.sku(), item.quantity())));
    }

    public Vendor vendor() {
        return vendor;
    }

    /** The vendor's own id for it (its vendorReference). */
    public String id() {
        return id;
    }

    /** Waybill's reference as the vendor got it: clientReference, externalRef, poNumber, authorizationId. */
    public String reference() {
        return reference;
    }

    public String orderId() {
        return orderId;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }

    public synchronized String state() {
        return state;
    }

    public synchronized List<LineView> lines() {
        return lines.stream().map(FulfillmentLine::view).toList();
    }

    /** Whether the vendor ships some lines before others (else everything goes at once). */
    public boolean shipsInParts() {
        return words.partiallyShipped() != null;
    }

    /** How many lines it was created with. */
    public int lineCount() {
        return lines.size();
    }

    /** The vendor takes it on; empty when it is past that already (accepted, shipped, cancelled, refused). */
    public synchronized Optional<Transition> accept() {
        if (!state.equals(words.received())) {
            return Optional.empty();
        }
        state = words.accepted();
        return Optional.of(new Transition(state, open(), false));
    }

    /** What is still to ship, line by line (lines with nothing open left out). */
    public synchronized List<ItemQuantity> open() {
        if (refused) {
            return List.of();
        }
        return lines.stream().filter(line -> line.open() > 0)
                .map(line -> new ItemQuantity(line.sku, line.open())).toList();
    }

    /** Ships those quantities (null: everything open). */
    public synchronized Transition ship(List<ItemQuantity> wanted) {
        List<ItemQuantity> asked = wanted == null ? open() : wanted;
        if (refused || ItemQuantity.total(open()) == 0) {
            throw new FulfillmentConflict(FulfillmentConflict.Reason.CLOSED, id + " has nothing left to ship");
        }
        Map<String, Integer> bySku = ItemQuantity.bySku(asked);
        check(bySku, FulfillmentLine::open, FulfillmentConflict.Reason.NOT_OPEN, "left to ship");
        bySku.forEach((sku, quantity) -> spread(sku, quantity, FulfillmentLine::open, (line, n) -> line.shipped += n));
        boolean closed = ItemQuantity.total(open()) == 0;
        if (closed) {
            state = words.shipped();
        } else if (words.partiallyShipped() != null) {
            state = words.partiallyShipped();
        }
        return new Transition(state, positive(bySku), closed);
    }

    /**
     * Cancels those quantities (null or empty: everything open). Asking for more than is unshipped is refused; what
     * is already cancelled counts towards the ask, so a repeated cancel changes nothing.
     */
    public synchronized Transition cancel(List<ItemQuantity> wanted) {
        if (refused) {
            throw new FulfillmentConflict(FulfillmentConflict.Reason.CLOSED, id + " was refused");
        }
        List<ItemQuantity> open = open();
        if ((wanted == null || wanted.isEmpty()) && open.isEmpty()) {
            if (lines.stream().anyMatch(line -> line.shipped > 0)) {
                throw new FulfillmentConflict(FulfillmentConflict.Reason.ALREADY_SHIPPED, id + " has shipped");
            }
            return new Transition(state, List.of(), true);
        }
        Map<String, Integer> bySku = ItemQuantity.bySku(wanted == null || wanted.isEmpty() ? open : wanted);
        check(bySku, FulfillmentLine::unshipped, FulfillmentConflict.Reason.ALREADY_SHIPPED, "unshipped");
        Map<String, Integer> done = new LinkedHashMap<>();
        bySku.forEach((sku, quantity) -> done.put(sku,
                spread(sku, quantity, FulfillmentLine::open, (line, n) -> line.cancelled += n)));
        boolean closed = ItemQuantity.total(open()) == 0;
        if (closed) {
            state = words.cancelled();
        }
        return new Transition(state, positive(done), closed);
    }

    /** The vendor refuses whatever is still open. */
    public synchronized Transition refuse() {
        List<ItemQuantity> open = open();
        if (open.isEmpty()) {
            throw new FulfillmentConflict(FulfillmentConflict.Reason.CLOSED, id + " has nothing open to refuse");
        }
        refused = true;
        state = words.rejected();
        return new Transition(state, open, true);
    }

    /** Whether any unit has shipped. */
    public synchronized boolean anyShipped() {
        return lines.stream().anyMatch(line -> line.shipped > 0);
    }

    private void check(Map<String, Integer> bySku, ToIntFunction<FulfillmentLine> room,
                       FulfillmentConflict.Reason reason, String what) {
        for (Map.Entry<String, Integer> entry : bySku.entrySet()) {
            List<FulfillmentLine> matching = lines.stream().filter(line -> line.sku.equals(entry.getKey())).toList();
            if (matching.isEmpty()) {
                throw new FulfillmentConflict(FulfillmentConflict.Reason.UNKNOWN_SKU,
                        id + " holds no " + entry.getKey());
            }
            int available = matching.stream().mapToInt(room).sum();
            if (entry.getValue() > available) {
                throw new FulfillmentConflict(reason, "only " + available + " of " + entry.getKey() + " " + what);
            }
        }
    }

    /** Spreads a quantity over the lines of that SKU, each taking what it has room for; returns what was placed. */
    private int spread(String sku, int quantity, ToIntFunction<FulfillmentLine> room,
                       ObjIntConsumer<FulfillmentLine> apply) {
        int left = quantity;
        for (FulfillmentLine line : lines) {
            int n = line.sku.equals(sku) ? Math.min(left, room.applyAsInt(line)) : 0;
            if (n > 0) {
                apply.accept(line, n);
                left -= n;
            }
        }
        return quantity - left;
    }

    private static List<ItemQuantity> positive(Map<String, Integer> bySku) {
        return bySku.entrySet().stream().filter(entry -> entry.getValue() > 0)
                .map(entry -> new ItemQuantity(entry.getKey(), entry.getValue())).toList();
    }
}
