package dev.waybill.adapter.webhook;

import java.time.Instant;
import java.util.List;

/**
 * A vendor's webhook in Waybill's terms, as the contract's {@code events.mapping} and {@code statusMapping} read it.
 *
 * @param eventId         the vendor's event id: the same id twice is one event
 * @param vendorReference the vendor's id of the fulfillment
 * @param shipmentId      Waybill's shipment id when the vendor echoes it, else null
 * @param status          the shipment state it reports (Submitted, Accepted, PartiallyShipped, Shipped, Cancelled,
 *                        Rejected), or null when statusMapping does not know the vendor's status
 * @param vendorStatus    the vendor's own status word
 * @param lines           what the event is about (e.g. the lines shipped), empty for the whole shipment
 */
public record VendorEvent(String eventId, String vendorReference, String shipmentId, String status,
                          String vendorStatus, List<EventLine> lines, Instant occurredAt) {

    public VendorEvent {
        lines = List.copyOf(lines);
    }

    /** A SKU and a quantity the event reports. */
    public record EventLine(String sku, int quantity) {
    }
}
