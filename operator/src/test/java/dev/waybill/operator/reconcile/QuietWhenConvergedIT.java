package dev.waybill.operator.reconcile;

import dev.waybill.operator.OperatorTestEnvironment;
import dev.waybill.testkit.Repo;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Once converged, the operator writes nothing: 30 s without a change leave every resourceVersion as it was. */
@QuarkusTest
@QuarkusTestResource(OperatorTestEnvironment.class)
class QuietWhenConvergedIT {

    @Test
    void noWritesWhileNothingChanges() throws InterruptedException {
        OperatorTestEnvironment.kubectl().run("apply", "-n", OperatorTestEnvironment.NAMESPACE, "-f",
                Repo.path("examples").toString()).orThrow();
        try (KubernetesClient admin = OperatorTestEnvironment.admin()) {
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(unreconciled(admin)).isEmpty());
            Map<String, String> before = versions(admin);
            assertThat(before).hasSizeGreaterThanOrEqualTo(14);

            Thread.sleep(Duration.ofSeconds(30).toMillis());

            assertThat(versions(admin)).as("resourceVersions after 30 s idle").isEqualTo(before);
        }
    }

    private static Map<String, String> versions(KubernetesClient admin) {
        return Resources.all(admin).collect(Collectors.toMap(r -> r.getKind() + "/" + r.getMetadata().getName(),
                r -> r.getMetadata().getResourceVersion()));
    }

    private static Map<String, Long> unreconciled(KubernetesClient admin) {
        return Resources.all(admin)
                .filter(r -> r.getStatus() == null || r.getStatus().observedGeneration == null
                        || !r.getStatus().observedGeneration.equals(r.getMetadata().getGeneration()))
                .collect(Collectors.toMap(r -> r.getKind() + "/" + r.getMetadata().getName(),
                        r -> r.getMetadata().getGeneration()));
    }
}
