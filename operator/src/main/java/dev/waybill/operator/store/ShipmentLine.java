package dev.waybill.operator.store;

/**
 * One order line in a shipment, with its progress.
 *
 * @param quantity        ordered
 * @param shipped         reported shipped by the vendor
 * @param cancelled       cancelled (confirmed by the vendor, or never sent)
 * @param cancelRequested asked to be cancelled at the vendor, confirmed or not (always {@code >= cancelled})
 */
public record ShipmentLine(String lineId, String sku, int quantity, int shipped, int cancelled, int cancelRequested) {

    /** What is neither shipped nor cancelled, nor asked to be cancelled. */
    public int open() {
        return Math.max(0, quantity - shipped - Math.max(cancelled, cancelRequested));
    }

    /** What the vendor should still ship. */
    public int toShip() {
        return Math.max(0, quantity - shipped - cancelled);
    }
}
