package dev.waybill.operator.reconcile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.waybill.operator.OperatorTestEnvironment;
import dev.waybill.operator.status.StatusComparison;
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

/**
 * Once converged, the reconcilers write nothing: 30 s without a change leave every resource's generation and the
 * status the reconcilers own (everything but {@code kpis} and {@code circuitState}) as they were. The KPI writer
 * writes as orders move (orders of earlier tests in this JVM may: a held backorder is routed again every five
 * minutes); StatusWritesIT checks that it too is silent when nothing moves.
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
            Map<String, JsonNode> before = reconcilersView(admin);
            assertThat(before).hasSizeGreaterThanOrEqualTo(14);

            Thread.sleep(Duration.ofSeconds(30).toMillis());

            assertThat(reconcilersView(admin)).as("generations and reconciler-owned status after 30 s idle")
                    .isEqualTo(before);
        }
    }

    /** Each resource's generation and the part of its status the reconcilers write. */
    private static Map<String, JsonNode> reconcilersView(KubernetesClient admin) {
        return Resources.all(admin).collect(Collectors.toMap(r -> r.getKind() + "/" + r.getMetadata().getName(),
                r -> {
                    ObjectNode view = JSON.createObjectNode();
                    view.put("generation", r.getMetadata().getGeneration());
                    view.set("status", StatusComparison.withoutLiveFields(r.getStatus()));
                    return view;
                }));
    }

    private static Map<String, Long> unreconciled(KubernetesClient admin) {
        return Resources.all(admin)
                .filter(r -> r.getStatus() == null || r.getStatus().observedGeneration == null
                        || !r.getStatus().observedGeneration.equals(r.getMetadata().getGeneration()))
                .collect(Collectors.toMap(r -> r.getKind() + "/" + r.getMetadata().getName(),
                        r -> r.getMetadata().getGeneration()));
    }
}
