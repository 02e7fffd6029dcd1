package dev.waybill.simulator.ledger;

/** One line of a fulfillment as it changes; guarded by its fulfillment's lock. */
final class FulfillmentLine {

    final String sku;
    final int quantity;
    int shipped;
    int cancelled;

    FulfillmentLine(String sku, int quantity) {
        this.sku = sku;
        this.quantity = quantity;
    }

    int open() {
        return quantity - shipped - cancelled;
    }

    int unshipped() {
        return quantity - shipped;
    }

    LineView view() {
        return new LineView(sku, quantity, shipped, cancelled);
    }
}
