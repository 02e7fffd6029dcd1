package dev.waybill.operator.routing;

import dev.waybill.operator.model.ResourceKey;

import java.util.List;

/**
 * One shipment of a routing decision: the node that ships it and the order lines it carries, by {@code lineId},
 * in the order's line order. A line is never split across shipments.
 */
public record Shipment(ResourceKey node, List<String> lineIds) {

    public Shipment {
        lineIds = List.copyOf(lineIds);
    }
}
