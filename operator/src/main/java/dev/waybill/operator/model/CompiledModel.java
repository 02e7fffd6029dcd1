package dev.waybill.operator.model;

import java.util.Map;

/**
 * One immutable, versioned view of every valid Waybill resource, compiled. The orchestrator reads whole snapshots
 * without locks; the reconcilers replace it on each change. A resource that is not valid is absent, never its
 * older compiled form.
 */
public record CompiledModel(long version, Map<ResourceKey, CompiledNode> nodes,
                            Map<ResourceKey, CompiledPolicy> policies,
                            Map<ResourceKey, CompiledContract> contracts,
                            Map<ResourceKey, CompiledSource> sources) {

    public static final CompiledModel EMPTY = new CompiledModel(0, Map.of(), Map.of(), Map.of(), Map.of());
}
