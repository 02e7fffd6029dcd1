package dev.waybill.operator.live;

import dev.waybill.api.v1alpha1.contract.ContractKpis;
import dev.waybill.api.v1alpha1.policy.PolicyKpis;
import dev.waybill.operator.model.ResourceKey;

import java.util.Optional;

/**
 * The latest KPI figures the operator computed for a resource, exact (what {@code status.kpis} shows once written).
 * Read-only: the reconcilers judge them against {@code spec.slo}; only the KPI writer computes them.
 */
public interface LiveFigures {

    /** The policy's latest figures; empty before the first computation. */
    Optional<PolicyKpis> policy(ResourceKey key);

    /** The contract's latest figures; empty before the first computation. */
    Optional<ContractKpis> contract(ResourceKey key);
}
