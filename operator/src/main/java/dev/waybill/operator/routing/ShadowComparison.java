package dev.waybill.operator.routing;

import java.util.List;

/**
 * A Shadow policy's decision next to the Active one. They agree when both decisions are of the same kind
 * (Routed, Backordered, ...) and assign the same set of (node, lines) shipments; the order of the shipments does
 * not matter.
 *
 * @param shadowOutcome the Shadow decision's kind: Routed, Backordered or NoCandidate
 */
public record ShadowComparison(String policy, boolean agrees, List<Shipment> activeNodes,
                               List<Shipment> shadowNodes, String shadowOutcome) {

    public ShadowComparison {
        activeNodes = List.copyOf(activeNodes);
        shadowNodes = List.copyOf(shadowNodes);
    }
}
