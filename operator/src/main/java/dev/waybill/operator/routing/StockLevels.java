package dev.waybill.operator.routing;

import dev.waybill.operator.model.ResourceKey;

import java.util.OptionalInt;

/**
 * Available quantity of a SKU at a node, supplied by the orchestrator (read-only to the router): from the
 * node's real-time inventory or from its last {@code PUT /api/v1/nodes/{node}/inventory} snapshot.
 *
 * <p><b>Unknown counts as available.</b> An empty answer means the orchestrator knows nothing about that SKU at
 * that node (no snapshot, no real-time inventory); the router then assumes the node can ship any quantity and
 * leaves a shortage to the vendor's own rejection. A known quantity is authoritative: zero, or less than the
 * line's quantity, means the line is not in stock there.
 */
@FunctionalInterface
public interface StockLevels {

    /** Knows nothing: every SKU counts as available everywhere. */
    StockLevels UNKNOWN = (node, sku) -> OptionalInt.empty();

    /**
     * @param node the fulfillment node
     * @param sku  the SKU as the canonical order carries it (trimmed, upper-case)
     * @return the available quantity, or empty when unknown
     */
    OptionalInt available(ResourceKey node, String sku);
}
