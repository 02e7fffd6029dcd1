package dev.waybill.operator.dispatch;

import dev.waybill.api.v1alpha1.contract.AdapterContract;
import dev.waybill.api.v1alpha1.contract.AdapterContractSpec;
import dev.waybill.api.v1alpha1.contract.ContractSlo;
import dev.waybill.testkit.Repo;
import io.fabric8.kubernetes.client.utils.Serialization;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which edits of a contract its running connector survives: only its objectives. */
class ContractEditsTest {

    @Test
    void objectivesAloneKeepTheConnector() throws Exception {
        AdapterContractSpec before = acme();
        AdapterContractSpec after = acme();
        after.slo = new ContractSlo();
        after.slo.maxErrorRate = 1;
        after.slo.p99Millis = 250.0;
        assertThat(ContractEdits.onlyObjectives(before, after)).isTrue();
        assertThat(ContractEdits.onlyObjectives(before, acme())).isTrue();
    }

    @Test
    void anyOtherEditRebuildsIt() throws Exception {
        AdapterContractSpec before = acme();
        AdapterContractSpec url = acme();
        url.baseUrl = url.baseUrl + "/v2";
        AdapterContractSpec timeout = acme();
        timeout.resilience.timeout = "PT9S";
        AdapterContractSpec both = acme();
        both.baseUrl = both.baseUrl + "/v2";
        both.slo = new ContractSlo();
        assertThat(List.of(url, timeout, both)).noneMatch(after -> ContractEdits.onlyObjectives(before, after));
    }

    /** A fresh copy of the example acme-3pl contract's spec. */
    private static AdapterContractSpec acme() throws Exception {
        String yaml = Files.readString(Repo.path("examples/contracts.yaml"));
        return java.util.Arrays.stream(yaml.split("(?m)^---\\s*$"))
                .filter(document -> document.contains("kind: AdapterContract"))
                .map(document -> Serialization.unmarshal(document, AdapterContract.class))
                .filter(c -> c.getMetadata().getName().equals("acme-3pl")).findFirst().orElseThrow().getSpec();
    }
}
