package dev.waybill.operator.store;

import java.time.Instant;

/**
 * An order as stored: our id, where it came from, its state, its canonical JSON, and a version for optimistic
 * concurrency (every state change must name the version it read).
 */
public record OrderRecord(String id, String namespace, String orderId, String channel, String state, String body,
                          Instant createdAt, Instant updatedAt, long version) {

    /** The same order in a new state, one version later. */
    public OrderRecord withState(String newState, Instant at) {
        return new OrderRecord(id, namespace, orderId, channel, newState, body, createdAt, at, version + 1);
    }
}
