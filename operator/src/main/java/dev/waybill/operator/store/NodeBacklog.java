package dev.waybill.operator.store;

import java.time.Instant;

/**
 * What waits at one node now: shipments not yet shipped, cancelled or rejected.
 *
 * @param open     every such shipment, dispatched or not
 * @param inFlight those the vendor has (Submitted, Accepted, PartiallyShipped)
 * @param oldest   when the oldest of them was routed there; null when none waits
 */
public record NodeBacklog(String namespace, String node, long open, long inFlight, Instant oldest) {

    /** A node where nothing waits. */
    public static NodeBacklog empty(String namespace, String node) {
        return new NodeBacklog(namespace, node, 0, 0, null);
    }
}
