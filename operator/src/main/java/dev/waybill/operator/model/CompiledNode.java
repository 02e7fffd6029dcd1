package dev.waybill.operator.model;

import dev.waybill.api.v1alpha1.node.FulfillmentNode;
import dev.waybill.api.v1alpha1.node.FulfillmentNodeSpec;

import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/**
 * A FulfillmentNode as routing sees it: its labels (for policy selectors), a private copy of its spec, the cut-off
 * zone resolved, and whether its adapter can take work now.
 */
public record CompiledNode(ResourceKey key, long generation, Map<String, String> labels, FulfillmentNodeSpec spec,
                           Optional<ZoneId> cutoffZone, boolean adapterAvailable) {

    public static CompiledNode of(FulfillmentNode node, Optional<ZoneId> cutoffZone, boolean adapterAvailable) {
        Map<String, String> labels = node.getMetadata().getLabels() == null ? Map.of()
                : Map.copyOf(node.getMetadata().getLabels());
        return new CompiledNode(ResourceKey.of(node), node.getMetadata().getGeneration(), labels,
                Specs.copy(node.getSpec()), cutoffZone, adapterAvailable);
    }

    /** The AdapterContract that speaks this node's API. */
    public ResourceKey contract() {
        return key.sibling(spec.adapterRef.name);
    }

    /** Whether the router may send new work here. */
    public boolean routable() {
        return adapterAvailable && !Boolean.TRUE.equals(spec.paused);
    }
}
