package dev.waybill.operator.dispatch;

import dev.waybill.adapter.connector.CircuitState;
import dev.waybill.operator.model.CompiledNode;
import dev.waybill.operator.model.ModelRegistry;
import dev.waybill.operator.model.ResourceKey;
import dev.waybill.operator.routing.NodeLoad;

/**
 * The node load the router reads: a node whose contract's circuit is open takes no new work until the circuit
 * half-opens. Backlog and hourly counts are not tracked yet (every node reads as idle on them).
 */
public final class CircuitAwareNodeLoad implements NodeLoad {

    private final ModelRegistry model;
    private final Connectors connectors;

    public CircuitAwareNodeLoad(ModelRegistry model, Connectors connectors) {
        this.model = model;
        this.connectors = connectors;
    }

    @Override
    public boolean adapterAvailable(ResourceKey node) {
        CompiledNode compiled = model.snapshot().nodes().get(node);
        return compiled == null || connectors.circuit(compiled.contract()) != CircuitState.Open;
    }

    @Override
    public int backlog(ResourceKey node) {
        return 0;
    }

    @Override
    public int ordersLastHour(ResourceKey node) {
        return 0;
    }
}
