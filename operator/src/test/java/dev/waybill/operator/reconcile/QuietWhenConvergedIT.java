package dev.waybill.operator.reconcile;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waybill.operator.OperatorTestEnvironment;
import dev.waybill.testkit.Repo;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Once converged (reconciled, KPIs written, earlier orders out of the rolling windows), the operator writes nothing:
 * 30 s without a change leave every resourceVersion as it was.
 */
@QuarkusTest
@QuarkusTestResource(OperatorTestEnvironment.class)
class QuietWhenConvergedIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void noWritesWhileNothingChanges() throws InterruptedException {
        OperatorTestEnvironment.kubectl().run("apply", "-n", OperatorTestEnvironment.NAMESPACE, "-f",
                Repo.path("examples").toString()).orThrow();
        try (KubernetesClient admin = OperatorTestEnvironment.admin()) {
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(unreconciled(admin)).isEmpty());
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(withoutKpis(admin)).isEmpty());
            awaitSettled(admin);
            Map<String, String> before = versions(admin);
            assertThat(before).hasSizeGreaterThanOrEqualTo(14);

            Thread.sleep(Duration.ofSeconds(30).toMillis());

            assertThat(versions(admin)).as("resourceVersions after 30 s idle").isEqualTo(before);
        }
    }

    /**
     * Waits until no resourceVersion moved for 25 s: the KPI writer's first write of each resource, and the rolling
     * windows of orders earlier tests in this JVM sent draining (one minute in tests) are part of converging.
     */
    private static void awaitSettled(KubernetesClient admin) {
        AtomicReference<Map<String, String>> seen = new AtomicReference<>(versions(admin));
        AtomicLong since = new AtomicLong(System.nanoTime());
        await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            Map<String, String> now = versions(admin);
            if (!now.equals(seen.getAndSet(now))) {
                since.set(System.nanoTime());
            }
            return System.nanoTime() - since.get() > Duration.ofSeconds(25).toNanos();
        });
    }

    private static List<String> withoutKpis(KubernetesClient admin) {
        return Resources.all(admin).filter(r -> JSON.valueToTree(r.getStatus()).path("kpis").isMissingNode())
                .map(r -> r.getKind() + "/" + r.getMetadata().getName()).toList();
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
