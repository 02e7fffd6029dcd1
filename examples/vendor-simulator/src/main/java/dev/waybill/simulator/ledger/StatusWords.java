package dev.waybill.simulator.ledger;

/**
 * A vendor's own words for where a fulfillment stands; the ledger shows these, as the vendor would.
 * {@code partiallyShipped} is null for a vendor that ships everything at once.
 */
public record StatusWords(String received, String accepted, String partiallyShipped, String shipped,
                          String cancelled, String rejected) {
}
