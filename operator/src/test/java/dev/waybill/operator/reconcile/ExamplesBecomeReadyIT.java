package dev.waybill.operator.reconcile;

import dev.waybill.operator.OperatorTestEnvironment;
import dev.waybill.testkit.Repo;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** `kubectl apply -f examples/` and every resource turns Ready, reconciled by the operator under its own RBAC. */
@QuarkusTest
@QuarkusTestResource(OperatorTestEnvironment.class)
class ExamplesBecomeReadyIT {

    @Test
    void everyExampleIsReadyWithinTenSeconds() {
        long applied = System.nanoTime();
        Set<String> examples = OperatorTestEnvironment.kubectl().run("apply", "-n", OperatorTestEnvironment.NAMESPACE,
                "-o", "name", "-f", Repo.path("examples").toString()).orThrow().stdout().lines()
                .filter(line -> line.contains(".waybill.dev/")).map(line -> line.substring(line.indexOf('/') + 1))
                .collect(Collectors.toSet());
        assertThat(examples).hasSize(14);

        try (KubernetesClient admin = OperatorTestEnvironment.admin()) {
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                    assertThat(notReady(admin, examples)).as("examples not Ready yet").isEmpty());
            System.out.printf("examples Ready after %d ms%n", Duration.ofNanos(System.nanoTime() - applied).toMillis());

            Resources.all(admin).filter(r -> examples.contains(r.getMetadata().getName())).forEach(r -> {
                assertThat(r.getStatus().observedGeneration).isEqualTo(r.getMetadata().getGeneration());
                assertThat(Resources.condition(r, "Ready").orElseThrow().lastTransitionTime).isNotBlank();
            });
            var node = Resources.get(admin, dev.waybill.api.v1alpha1.node.FulfillmentNode.class, "acme-newark")
                    .orElseThrow();
            assertThat(Resources.status(node, "AdapterAvailable")).isEqualTo("True");
            var contract = Resources.get(admin, dev.waybill.api.v1alpha1.contract.AdapterContract.class, "acme-3pl")
                    .orElseThrow();
            assertThat(contract.getStatus().endpoint).isEqualTo("embedded://waybill-it/acme-3pl");
            assertThat(Resources.status(contract, "Valid")).isEqualTo("True");
            var policy = Resources.get(admin, dev.waybill.api.v1alpha1.policy.RoutingPolicy.class, "same-day-stores")
                    .orElseThrow();
            assertThat(Resources.status(policy, "CandidatesAvailable")).as("the stores qualify").isEqualTo("True");
        }
    }

    private static Map<String, String> notReady(KubernetesClient admin, Set<String> names) {
        return Resources.all(admin).filter(r -> names.contains(r.getMetadata().getName()))
                .filter(r -> !"True".equals(Resources.status(r, "Ready")))
                .collect(Collectors.toMap(r -> r.getKind() + "/" + r.getMetadata().getName(),
                        r -> Resources.condition(r, "Ready").map(c -> c.reason + ": " + c.message).orElse("no status")));
    }
}
