package dev.waybill.simulator.ledger;

/** One line of a fulfillment as the ledger shows it. */
public record LineView(String sku, int quantity, int shipped, int cancelled) {
}
