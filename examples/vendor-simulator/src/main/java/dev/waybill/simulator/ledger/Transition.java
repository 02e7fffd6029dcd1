package dev.waybill.simulator.ledger;

import java.util.List;

/**
 * What one step did to a fulfillment: its state afterwards, the quantities the step was about (shipped, cancelled
 * or refused now) and whether anything is left open.
 */
public record Transition(String state, List<ItemQuantity> items, boolean closed) {
}
