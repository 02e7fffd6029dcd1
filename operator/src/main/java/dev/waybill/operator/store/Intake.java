package dev.waybill.operator.store;

/** How the store answered a new order. */
public sealed interface Intake {

    /** Stored now, durably: the caller may acknowledge. */
    record Accepted(OrderRecord order) implements Intake {
    }

    /** The same key and the same request were seen before: the same answer, no second order. */
    record Replayed(OrderRecord order) implements Intake {
    }

    /** The key was used before with a different request (422 in the IETF Idempotency-Key draft). */
    record KeyReused(String orderRef) implements Intake {
    }

    /** The channel and order id already exist under another key: the order is not taken twice. */
    record DuplicateOrder(OrderRecord existing) implements Intake {
    }
}
