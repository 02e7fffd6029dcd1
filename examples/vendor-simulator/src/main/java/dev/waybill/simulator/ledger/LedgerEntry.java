package dev.waybill.simulator.ledger;

import java.util.ArrayList;
import java.util.List;

/** Everything one vendor created for one of Waybill's references, in creation order. */
final class LedgerEntry {

    final long sequence;
    private final List<Fulfillment> fulfillments = new ArrayList<>();

    LedgerEntry(long sequence) {
        this.sequence = sequence;
    }

    synchronized void add(Fulfillment fulfillment) {
        fulfillments.add(fulfillment);
    }

    synchronized List<Fulfillment> fulfillments() {
        return List.copyOf(fulfillments);
    }

    LedgerView view() {
        List<Fulfillment> all = fulfillments();
        Fulfillment first = all.get(0);
        return new LedgerView(first.vendor().id(), first.id(), first.idempotencyKey(), first.orderId(),
                first.reference(), first.lines(), first.state(), all.size(),
                all.stream().map(Fulfillment::id).toList());
    }
}
