package dev.waybill.operator.model;

import dev.waybill.adapter.connector.Credential;
import dev.waybill.api.v1alpha1.contract.AdapterContract;
import dev.waybill.api.v1alpha1.contract.AdapterContractSpec;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ModelRegistryTest {

    private final ModelRegistry registry = new ModelRegistry();

    @Test
    void publishesVersionedSnapshotsThatEarlierReadersKeep() {
        CompiledModel before = registry.snapshot();

        registry.putContract(contract("acme", "http://a"));
        CompiledModel after = registry.snapshot();

        assertThat(before.contracts()).as("a snapshot never changes once read").isEmpty();
        assertThat(after.version()).isGreaterThan(before.version());
        assertThat(after.contracts()).containsOnlyKeys(new ResourceKey("ns", "acme"));
    }

    @Test
    void removingLeavesNoOlderCompiledForm() {
        registry.putContract(contract("acme", "http://a"));
        registry.putContract(contract("acme", "http://b"));

        assertThat(registry.snapshot().contracts().get(new ResourceKey("ns", "acme")).spec().baseUrl)
                .isEqualTo("http://b");

        registry.removeContract(new ResourceKey("ns", "acme"));

        assertThat(registry.snapshot().contracts()).isEmpty();
    }

    @Test
    void removingWhatIsAbsentDoesNotBumpTheVersion() {
        long version = registry.snapshot().version();

        registry.removeNode(new ResourceKey("ns", "ghost"));

        assertThat(registry.snapshot().version()).isEqualTo(version);
    }

    @Test
    void theModelHoldsAPrivateCopyOfTheSpec() {
        AdapterContract contract = contractResource("acme", "http://a");
        registry.putContract(CompiledContract.of(contract, Map.of(), Optional.empty(), Optional.empty()));

        contract.getSpec().baseUrl = "http://changed-by-an-informer";

        assertThat(registry.snapshot().contracts().get(new ResourceKey("ns", "acme")).spec().baseUrl)
                .isEqualTo("http://a");
    }

    @Test
    void credentialsNeverPrint() {
        assertThat(new Credential("s3cr3t").toString()).doesNotContain("s3cr3t");
        assertThat(CompiledContract.of(contractResource("acme", "http://a"), Map.of(),
                Optional.of(new Credential("s3cr3t")), Optional.of(new Credential("w3bh00k"))).toString())
                .doesNotContain("s3cr3t").doesNotContain("w3bh00k");
    }

    @Test
    void theModelIsBuiltOnceEveryExpectedResourceWasReconciledValidOrNot() {
        assertThat(registry.built()).as("nothing expected yet").isFalse();
        registry.expect(java.util.List.of(ModelRegistry.key("AdapterContract", new ResourceKey("ns", "acme")),
                ModelRegistry.key("AdapterContract", new ResourceKey("ns", "broken"))));

        registry.putContract(contract("acme", "http://a"));
        assertThat(registry.built()).isFalse();
        registry.removeContract(new ResourceKey("ns", "broken"));
        assertThat(registry.built()).isTrue();
        registry.removeContract(new ResourceKey("ns", "acme"));
        assertThat(registry.built()).as("once built, stays built").isTrue();
    }

    private static CompiledContract contract(String name, String url) {
        return CompiledContract.of(contractResource(name, url), Map.of(), Optional.empty(), Optional.empty());
    }

    private static AdapterContract contractResource(String name, String url) {
        AdapterContract contract = new AdapterContract();
        contract.setMetadata(new ObjectMetaBuilder().withName(name).withNamespace("ns").withGeneration(1L).build());
        contract.setSpec(new AdapterContractSpec());
        contract.getSpec().baseUrl = url;
        return contract;
    }
}
