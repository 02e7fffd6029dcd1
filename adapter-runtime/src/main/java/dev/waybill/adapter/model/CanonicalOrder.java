package dev.waybill.adapter.model;

import dev.waybill.api.v1alpha1.meta.ShippingMethod;

import java.time.Instant;
import java.util.List;

/**
 * An order in Waybill's canonical model, schemaVersion "1": what every channel's payload is mapped to and every
 * vendor's request is mapped from. Instances read by {@link OrderReader} are validated and normalised;
 * {@link OrderJson} writes them back.
 */
public record CanonicalOrder(String schemaVersion, String orderId, String channel, Instant placedAt, String currency,
                             Customer customer, Address shipTo, ShippingMethod shippingMethod, Instant promisedBy,
                             List<OrderLine> lines, Payment payment) {

    /** The only schema version this release reads. */
    public static final String SCHEMA_VERSION = "1";

    public CanonicalOrder {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** The same order with other lines: the part of it that is routed again after a vendor refused it. */
    public CanonicalOrder withLines(List<OrderLine> otherLines) {
        return new CanonicalOrder(schemaVersion, orderId, channel, placedAt, currency, customer, shipTo,
                shippingMethod, promisedBy, otherLines, payment);
    }
}
