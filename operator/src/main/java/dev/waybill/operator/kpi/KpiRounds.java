package dev.waybill.operator.kpi;

import dev.waybill.adapter.connector.CircuitState;
import dev.waybill.adapter.connector.ConnectorStats;
import dev.waybill.api.v1alpha1.contract.AdapterContract;
import dev.waybill.api.v1alpha1.contract.ContractKpis;
import dev.waybill.api.v1alpha1.node.FulfillmentNode;
import dev.waybill.api.v1alpha1.node.NodeKpis;
import dev.waybill.api.v1alpha1.policy.PolicyKpis;
import dev.waybill.api.v1alpha1.policy.PolicyMode;
import dev.waybill.api.v1alpha1.policy.RoutingPolicy;
import dev.waybill.api.v1alpha1.source.OrderSource;
import dev.waybill.api.v1alpha1.source.SourceKpis;
import dev.waybill.operator.live.ResourceCaches;
import dev.waybill.operator.model.ModelRegistry;
import dev.waybill.operator.model.ResourceKey;
import dev.waybill.operator.store.NodeBacklog;
import dev.waybill.operator.store.OrderStore;
import io.fabric8.kubernetes.api.model.HasMetadata;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Computes one round of figures for every resource the reconcilers' informers hold (valid or not: an invalid
 * policy still shows that it routed nothing), from the meters, the rolling windows, the running connectors and
 * two aggregate reads of the store.
 */
@Singleton
class KpiRounds {

    /** At most this many unfinished-order checks per policy per round (orders that ended on another replica). */
    private static final int STALE_CHECKS = 20;
    private static final Set<String> ENDED = Set.of("Shipped", "Cancelled", "Rejected");

    private final ResourceCaches caches;
    private final KpiFigures figures;
    private final OrderStore store;
    private final ModelRegistry model;
    private final Clock clock;

    KpiRounds(ResourceCaches caches, KpiFigures figures, OrderStore store, ModelRegistry model, Clock clock) {
        this.caches = caches;
        this.figures = figures;
        this.store = store;
        this.model = model;
        this.clock = clock;
    }

    KpiRound compute() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        int window = figures.windowSeconds();
        List<NodeBacklog> backlog = store.backlog();
        Map<ResourceKey, NodeBacklog> byNode = backlog.stream().collect(Collectors.toMap(
                b -> new ResourceKey(b.namespace(), b.node()), Function.identity(), (a, b) -> a));
        Map<ResourceKey, NodeKpis> nodes = each(FulfillmentNode.class, (key, node) -> figures.node(key)
                .kpis(now, byNode.getOrDefault(key, NodeBacklog.empty(key.namespace(), key.name())), window));
        Map<ResourceKey, PolicyKpis> policies = each(RoutingPolicy.class, (key, policy) -> {
            PolicyFigures f = figures.policy(key);
            dropEnded(f);
            return f.kpis(now, policy.getSpec().mode == PolicyMode.Shadow, window);
        });
        Map<ResourceKey, ContractKpis> contracts = each(AdapterContract.class,
                (key, contract) -> figures.contract(key).kpis(running(key) ? figures.contract(key).stats()
                        : ConnectorStats.EMPTY));
        Map<ResourceKey, CircuitState> circuits = each(AdapterContract.class,
                (key, contract) -> running(key) ? figures.contract(key).circuit() : CircuitState.Closed);
        Map<ResourceKey, SourceKpis> sources = each(OrderSource.class, (key, source) -> figures.source(key)
                .kpis(window));
        figures.retain(policies.keySet(), nodes.keySet(), sources.keySet(), contracts.keySet());
        return new KpiRound(now, nodes, policies, contracts, circuits, sources, backlog, store.openExceptions());
    }

    /** A contract out of the model has no connector running: no calls, a closed circuit. */
    private boolean running(ResourceKey contract) {
        return model.snapshot().contracts().containsKey(contract);
    }

    /** Forgets the oldest unfinished orders that ended where this process could not see it (another replica). */
    private void dropEnded(PolicyFigures policy) {
        for (int i = 0; i < STALE_CHECKS; i++) {
            var oldest = policy.oldestWaiting();
            if (oldest.isEmpty()) {
                return;
            }
            String orderRef = oldest.get().getKey();
            boolean ended = store.find(orderRef).map(o -> ENDED.contains(o.state())).orElse(true);
            if (!ended) {
                return;
            }
            policy.forget(orderRef);
        }
    }

    private <R extends HasMetadata, K> Map<ResourceKey, K> each(Class<R> kind,
                                                                BiFunction<ResourceKey, R, K> compute) {
        Map<ResourceKey, K> out = new HashMap<>();
        caches.list(kind).forEach(r -> {
            ResourceKey key = ResourceKey.of(r);
            out.put(key, compute.apply(key, r));
        });
        return out;
    }
}
