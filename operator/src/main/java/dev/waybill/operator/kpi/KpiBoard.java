package dev.waybill.operator.kpi;

import dev.waybill.api.v1alpha1.contract.ContractKpis;
import dev.waybill.api.v1alpha1.policy.PolicyKpis;
import dev.waybill.operator.live.LiveFigures;
import dev.waybill.operator.model.ResourceKey;
import jakarta.inject.Singleton;

import java.util.Optional;

/** The latest round of figures, as the reconcilers read them to judge SLOs: one volatile read, never a lock. */
@Singleton
public class KpiBoard implements LiveFigures {

    private volatile KpiRound latest = KpiRound.NONE;

    void publish(KpiRound round) {
        latest = round;
    }

    KpiRound latest() {
        return latest;
    }

    @Override
    public Optional<PolicyKpis> policy(ResourceKey key) {
        return Optional.ofNullable(latest.policies().get(key));
    }

    @Override
    public Optional<ContractKpis> contract(ResourceKey key) {
        return Optional.ofNullable(latest.contracts().get(key));
    }
}
