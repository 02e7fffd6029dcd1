package dev.waybill.operator.node;

import dev.waybill.api.v1alpha1.contract.AdapterContract;
import dev.waybill.api.v1alpha1.contract.AdapterContractStatus;
import dev.waybill.api.v1alpha1.meta.Condition;
import dev.waybill.api.v1alpha1.meta.LocalRef;
import dev.waybill.api.v1alpha1.node.Cutoff;
import dev.waybill.api.v1alpha1.node.FulfillmentNode;
import dev.waybill.api.v1alpha1.node.FulfillmentNodeSpec;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class NodeCheckTest {

    @Test
    void readyContractAndKnownZoneMeanNoProblem() {
        NodeCheck check = NodeCheck.of(node("America/Chicago"), Optional.of(contract(Condition.Status.True, null)));

        assertThat(check.specProblem()).isEmpty();
        assertThat(check.adapterProblem()).isEmpty();
        assertThat(check.cutoffZone()).contains(ZoneId.of("America/Chicago"));
    }

    @Test
    void missingContractNamesTheReference() {
        NodeCheck check = NodeCheck.of(node("UTC"), Optional.empty());

        assertThat(check.adapterProblem()).hasValueSatisfying(p -> {
            assertThat(p.reason()).isEqualTo("ContractNotFound");
            assertThat(p.describe()).startsWith("spec.adapterRef.name: AdapterContract acme not found");
        });
    }

    @Test
    void contractNotReadyCarriesItsReason() {
        AdapterContract contract = contract(Condition.Status.False, null);

        NodeCheck check = NodeCheck.of(node("UTC"), Optional.of(contract));

        assertThat(check.adapterProblem()).hasValueSatisfying(p -> {
            assertThat(p.reason()).isEqualTo("ContractNotReady");
            assertThat(p.message()).contains("SecretNotFound");
        });
    }

    @Test
    void openCircuitTakesTheNodeOutOfRouting() {
        NodeCheck check = NodeCheck.of(node("UTC"),
                Optional.of(contract(Condition.Status.True, AdapterContractStatus.CircuitState.Open)));

        assertThat(check.adapterProblem()).hasValueSatisfying(p -> assertThat(p.reason()).isEqualTo("CircuitOpen"));
    }

    @Test
    void unknownTimeZoneIsASpecProblem() {
        NodeCheck check = NodeCheck.of(node("Mars/Olympus_Mons"), Optional.of(contract(Condition.Status.True, null)));

        assertThat(check.specProblem()).hasValueSatisfying(p -> assertThat(p.field()).isEqualTo("spec.cutoff.timeZone"));
    }

    private static FulfillmentNode node(String zone) {
        FulfillmentNode node = new FulfillmentNode();
        node.setSpec(new FulfillmentNodeSpec());
        node.getSpec().adapterRef = new LocalRef();
        node.getSpec().adapterRef.name = "acme";
        node.getSpec().cutoff = new Cutoff();
        node.getSpec().cutoff.time = "15:00";
        node.getSpec().cutoff.timeZone = zone;
        return node;
    }

    private static AdapterContract contract(Condition.Status ready, AdapterContractStatus.CircuitState circuit) {
        AdapterContract contract = new AdapterContract();
        contract.setStatus(new AdapterContractStatus());
        contract.getStatus().conditions = List.of(new Condition("Ready", ready,
                ready == Condition.Status.True ? "AdapterReady" : "SecretNotFound", "m", "2026-11-27T10:00:00Z", 1L));
        contract.getStatus().circuitState = circuit;
        return contract;
    }
}
