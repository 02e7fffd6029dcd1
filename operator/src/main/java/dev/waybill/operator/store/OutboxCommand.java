package dev.waybill.operator.store;

import java.time.Instant;

/**
 * A command an order's change causes (dispatch a shipment, release stock, void a payment), written in the same
 * transaction as the change and delivered at least once by a dispatcher.
 *
 * @param seq assigned by the store; 0 for a command not yet stored
 */
public record OutboxCommand(long seq, String orderRef, String command, String payload, Instant availableAt,
                            int attempts) {

    /** A new command for the given order, due now. */
    public static OutboxCommand of(String orderRef, String command, String payload, Instant availableAt) {
        return new OutboxCommand(0, orderRef, command, payload, availableAt, 0);
    }
}
