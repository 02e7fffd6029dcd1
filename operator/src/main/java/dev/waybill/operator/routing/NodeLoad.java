package dev.waybill.operator.routing;

import dev.waybill.operator.model.ResourceKey;

/**
 * Live work counts per node, supplied by the orchestrator (read-only to the router). Implementations must be
 * cheap and non-blocking: the router asks once or twice per candidate node and decision.
 */
public interface NodeLoad {

    /** No node has any work; for previews and tests. */
    NodeLoad IDLE = new NodeLoad() {
        @Override
        public int backlog(ResourceKey node) {
            return 0;
        }

        @Override
        public int ordersLastHour(ResourceKey node) {
            return 0;
        }
    };

    /** Shipments dispatched to the node and not yet shipped (or cancelled, or rejected). */
    int backlog(ResourceKey node);

    /**
     * Whether the node's adapter can take work right now (its circuit is not open); the compiled snapshot's
     * {@code AdapterAvailable} is checked besides.
     */
    default boolean adapterAvailable(ResourceKey node) {
        return true;
    }

    /** Orders the node accepted in the last hour (a rolling window ending at the decision's {@code now}). */
    int ordersLastHour(ResourceKey node);
}
