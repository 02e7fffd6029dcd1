package dev.waybill.operator.status;

import dev.waybill.api.v1alpha1.contract.AdapterContract;
import dev.waybill.api.v1alpha1.contract.AdapterContractSpec;
import dev.waybill.api.v1alpha1.contract.AdapterContractStatus;
import dev.waybill.api.v1alpha1.contract.ContractKpis;
import dev.waybill.api.v1alpha1.meta.Condition;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LiveFieldFilterTest {

    @Test
    void anUpdateOfKpisAloneIsDropped() {
        AdapterContract before = contract();
        AdapterContract after = contract();
        after.getStatus().kpis = new ContractKpis();
        after.getStatus().kpis.requests = 12L;

        assertThat(LiveFieldFilter.onlyKpisChanged(before, after)).isTrue();
        assertThat(LiveFieldFilter.<AdapterContract>beyondKpis().accept(after, before)).isFalse();
    }

    @Test
    void aCircuitConditionSpecOrLabelChangeGoesThrough() {
        AdapterContract circuit = contract();
        circuit.getStatus().circuitState = AdapterContractStatus.CircuitState.Open;
        AdapterContract condition = contract();
        condition.getStatus().conditions = List.of(new Condition("Ready", Condition.Status.False, "X", "m",
                "2026-11-27T10:00:00Z", 1L));
        AdapterContract spec = contract();
        spec.getSpec().baseUrl = "http://elsewhere";
        AdapterContract labels = contract();
        labels.getMetadata().setLabels(java.util.Map.of("waybill.dev/team", "logistics"));

        for (AdapterContract after : List.of(circuit, condition, spec, labels)) {
            assertThat(LiveFieldFilter.onlyKpisChanged(contract(), after)).isFalse();
        }
    }

    @Test
    void otherKindsAlwaysGoThrough() {
        var secret = new SecretBuilder().withNewMetadata().withName("s").endMetadata().build();
        assertThat(LiveFieldFilter.onlyKpisChanged(secret, secret)).isFalse();
    }

    @Test
    void reconcilersCompareTheirStatusWithoutTheLiveFields() {
        AdapterContractStatus shown = contract().getStatus();
        shown.kpis = new ContractKpis();
        shown.circuitState = AdapterContractStatus.CircuitState.Open;

        assertThat(StatusComparison.differs(shown, contract().getStatus())).isFalse();
    }

    private static AdapterContract contract() {
        AdapterContract contract = new AdapterContract();
        contract.setMetadata(new ObjectMetaBuilder().withName("acme-3pl").withGeneration(2L).build());
        contract.setSpec(new AdapterContractSpec());
        contract.getSpec().baseUrl = "http://localhost:9090";
        contract.setStatus(new AdapterContractStatus());
        contract.getStatus().observedGeneration = 2L;
        contract.getStatus().endpoint = "embedded://ns/acme-3pl";
        return contract;
    }
}
