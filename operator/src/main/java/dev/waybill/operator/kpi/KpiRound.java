package dev.waybill.operator.kpi;

import dev.waybill.adapter.connector.CircuitState;
import dev.waybill.api.v1alpha1.contract.ContractKpis;
import dev.waybill.api.v1alpha1.node.NodeKpis;
import dev.waybill.api.v1alpha1.policy.PolicyKpis;
import dev.waybill.api.v1alpha1.source.SourceKpis;
import dev.waybill.operator.model.ResourceKey;
import dev.waybill.operator.store.NodeBacklog;
import dev.waybill.operator.store.OpenExceptions;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Every figure one tick computed: each resource's KPIs as {@code status.kpis} would show them (without
 * {@code updatedAt}), each contract's circuit, and the store's backlog and open exceptions.
 */
record KpiRound(Instant at, Map<ResourceKey, NodeKpis> nodes, Map<ResourceKey, PolicyKpis> policies,
                Map<ResourceKey, ContractKpis> contracts, Map<ResourceKey, CircuitState> circuits,
                Map<ResourceKey, SourceKpis> sources, List<NodeBacklog> backlog, List<OpenExceptions> exceptions) {

    static final KpiRound NONE = new KpiRound(Instant.EPOCH, Map.of(), Map.of(), Map.of(), Map.of(), Map.of(),
            List.of(), List.of());
}
