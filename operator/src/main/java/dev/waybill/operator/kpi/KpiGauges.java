package dev.waybill.operator.kpi;

import dev.waybill.adapter.connector.CircuitState;
import dev.waybill.api.v1alpha1.contract.AdapterContract;
import dev.waybill.api.v1alpha1.node.FulfillmentNode;
import dev.waybill.operator.live.ResourceCaches;
import dev.waybill.operator.model.ResourceKey;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import jakarta.inject.Singleton;

/**
 * The gauges Prometheus scrapes, set from each round on every replica (the store is shared, so each reports the
 * same): open exception entries by reason, the age of each node's oldest unfinished shipment and how many wait
 * there, and each contract's circuit (0 Closed, 1 HalfOpen, 2 Open).
 */
@Singleton
class KpiGauges {

    private final ResourceCaches caches;
    private final MultiGauge exceptionsOpen;
    private final MultiGauge backlogOldest;
    private final MultiGauge backlog;
    private final MultiGauge circuits;

    KpiGauges(MeterRegistry registry, ResourceCaches caches) {
        this.caches = caches;
        this.exceptionsOpen = MultiGauge.builder("waybill.exceptions.open")
                .description("Exception queue entries open now, by reason").register(registry);
        this.backlogOldest = MultiGauge.builder("waybill.backlog.oldest").baseUnit("seconds")
                .description("Age of the oldest shipment not yet shipped, cancelled or rejected at a node")
                .register(registry);
        this.backlog = MultiGauge.builder("waybill.backlog")
                .description("Shipments not yet shipped, cancelled or rejected at a node").register(registry);
        this.circuits = MultiGauge.builder("waybill.circuit.state")
                .description("A vendor's circuit breaker: 0 Closed, 1 HalfOpen, 2 Open").register(registry);
    }

    void publish(KpiRound round) {
        exceptionsOpen.register(round.exceptions().stream().map(e -> MultiGauge.Row.of(
                Tags.of("namespace", e.namespace(), "reason", e.reason()), e.count())).toList(), true);
        backlogOldest.register(round.nodes().entrySet().stream().map(e -> MultiGauge.Row.of(
                tags(FulfillmentNode.class, "node", e.getKey()), e.getValue().oldestBacklogSeconds)).toList(), true);
        backlog.register(round.nodes().entrySet().stream().map(e -> MultiGauge.Row.of(
                tags(FulfillmentNode.class, "node", e.getKey()), e.getValue().backlog)).toList(), true);
        circuits.register(round.circuits().entrySet().stream().map(e -> MultiGauge.Row.of(
                tags(AdapterContract.class, "contract", e.getKey()), level(e.getValue()))).toList(), true);
    }

    static int level(CircuitState state) {
        return switch (state) {
            case Closed -> 0;
            case HalfOpen -> 1;
            case Open -> 2;
        };
    }

    private Tags tags(Class<? extends HasMetadata> kind, String tag, ResourceKey key) {
        String team = caches.get(kind, key).map(r -> r.getMetadata().getLabels())
                .map(labels -> labels.get(KpiFigures.TEAM_LABEL)).orElse("");
        return Tags.of("namespace", key.namespace(), tag, key.name(), "team", team);
    }
}
