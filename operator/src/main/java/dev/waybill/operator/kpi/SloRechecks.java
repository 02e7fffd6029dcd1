package dev.waybill.operator.kpi;

import dev.waybill.api.v1alpha1.contract.AdapterContract;
import dev.waybill.api.v1alpha1.meta.Condition;
import dev.waybill.api.v1alpha1.meta.ResourceStatus;
import dev.waybill.api.v1alpha1.policy.RoutingPolicy;
import dev.waybill.operator.live.ResourceCaches;
import dev.waybill.operator.live.SloCheck;
import dev.waybill.operator.model.ResourceKey;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Asks a policy's or contract's reconciler to look again when the SLO verdict of its latest figures differs from
 * the {@code Degraded} condition it shows, or breaches other objectives than before. The reconciler writes the
 * condition (conditions are built in one place); a figure moving while the verdict holds asks for nothing.
 */
@Singleton
class SloRechecks {

    private final ResourceCaches caches;
    private final Map<String, Set<String>> lastVerdicts = new ConcurrentHashMap<>();

    SloRechecks(ResourceCaches caches) {
        this.caches = caches;
    }

    void request(KpiRound round) {
        caches.list(RoutingPolicy.class).filter(p -> p.getSpec().slo != null).forEach(p -> {
            ResourceKey key = ResourceKey.of(p);
            judge(RoutingPolicy.class, key, p.getStatus(),
                    SloCheck.policy(p.getSpec().slo, Optional.ofNullable(round.policies().get(key))));
        });
        caches.list(AdapterContract.class).filter(c -> c.getSpec().slo != null).forEach(c -> {
            ResourceKey key = ResourceKey.of(c);
            judge(AdapterContract.class, key, c.getStatus(),
                    SloCheck.contract(c.getSpec().slo, Optional.ofNullable(round.contracts().get(key))));
        });
    }

    private void judge(Class<?> kind, ResourceKey key, ResourceStatus status, List<SloCheck.Breach> breaches) {
        Set<String> verdict = breaches.stream().map(SloCheck.Breach::figure).collect(Collectors.toSet());
        Set<String> before = lastVerdicts.put(kind.getSimpleName() + ":" + key, verdict);
        if (needsReconcile(status, verdict, before)) {
            caches.reconcile(kind, key);
        }
    }

    /**
     * True when the shown condition disagrees with the verdict, or the breached objectives changed (the
     * condition's message names them).
     */
    static boolean needsReconcile(ResourceStatus status, Set<String> verdict, Set<String> before) {
        boolean shown = status != null && status.condition(SloCheck.DEGRADED)
                .map(c -> c.status == Condition.Status.True).orElse(false);
        boolean breached = !verdict.isEmpty();
        return shown != breached || breached && !verdict.equals(before);
    }
}
