package dev.waybill.simulator.ledger;

/** A step a fulfillment cannot take as asked; each vendor answers it in its own words. */
public final class FulfillmentConflict extends RuntimeException {

    /** Why the step cannot be taken. */
    public enum Reason {
        /** The request names a SKU the fulfillment does not hold. */
        UNKNOWN_SKU,
        /** More than the unshipped quantity was asked to be cancelled, or an order with shipments to be voided. */
        ALREADY_SHIPPED,
        /** More was asked to ship than is still open. */
        NOT_OPEN,
        /** The fulfillment is closed (shipped, cancelled or refused). */
        CLOSED
    }

    private final Reason reason;

    public FulfillmentConflict(Reason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
