package dev.waybill.simulator.progression;

import dev.waybill.simulator.Vendor;
import dev.waybill.simulator.ledger.Fulfillment;
import dev.waybill.simulator.ledger.StatusWords;
import dev.waybill.simulator.ledger.Transition;

import java.time.Instant;
import java.util.Map;

/** How one vendor words its fulfillments' states and its webhooks, and how it signs them. */
public interface VendorDialect {

    Vendor vendor();

    /** The vendor's words for each state. */
    StatusWords words();

    /** Prefix of the vendor's event ids, e.g. {@code evt-}. */
    String eventIdPrefix();

    /** The webhook body telling of that step. */
    Map<String, Object> event(String eventId, Fulfillment fulfillment, Transition step, Instant at);

    /** Headers of one delivery of that raw body; asked at each attempt, so a signature is always fresh. */
    Map<String, String> headers(String body);
}
