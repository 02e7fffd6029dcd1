package dev.waybill.operator.store;

import java.time.Instant;

/**
 * A command an order's change causes (dispatch a shipment, release stock, void a payment), written in the same
 * transaction as the change and delivered at least once by a dispatcher.
 *
 * @param seq         assigned by the store; 0 for a command not yet stored
 * @param traceParent the W3C traceparent of the work that caused the command, which its delivery continues; null
 *                    until the store stamps it with the writer's current trace (see {@link OrderStore})
 */
public record OutboxCommand(long seq, String orderRef, String command, String payload, Instant availableAt,
                            int attempts, String traceParent) {

    /** A command without a trace of its own. */
    public OutboxCommand(long seq, String orderRef, String command, String payload, Instant availableAt,
                         int attempts) {
        this(seq, orderRef, command, payload, availableAt, attempts, null);
    }

    /** A new command for the given order, due now. */
    public static OutboxCommand of(String orderRef, String command, String payload, Instant availableAt) {
        return new OutboxCommand(0, orderRef, command, payload, availableAt, 0);
    }

    /** This command caused by the work whose traceparent is given, unless it names its cause already. */
    public OutboxCommand causedBy(String cause) {
        return traceParent != null || cause == null ? this
                : new OutboxCommand(seq, orderRef, command, payload, availableAt, attempts, cause);
    }
}
