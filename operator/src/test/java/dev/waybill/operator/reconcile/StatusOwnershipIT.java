package dev.waybill.operator.reconcile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waybill.api.v1alpha1.contract.AdapterContract;
import dev.waybill.api.v1alpha1.meta.Condition;
import dev.waybill.api.v1alpha1.node.FulfillmentNode;
import dev.waybill.api.v1alpha1.source.OrderSource;
import dev.waybill.operator.OperatorTestEnvironment;
import dev.waybill.testkit.Repo;
import io.fabric8.kubernetes.api.model.ManagedFieldsEntry;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The status has two writers that never undo each other: the reconcilers apply conditions (server-side apply, as
 * java-operator-sdk's patchStatus sends it, without {@code kpis} or {@code circuitState}), the KPI writer merge-patches
 * {@code kpis} and {@code circuitState} under its own field manager. A reconcile after a spec change keeps the
 * KPIs; a KPI write keeps the conditions.
 */
@QuarkusTest
@QuarkusTestResource(OperatorTestEnvironment.class)
class StatusOwnershipIT {

    private static final String NS = OperatorTestEnvironment.NAMESPACE;
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void examples() {
        OperatorTestEnvironment.kubectl().run("apply", "-n", NS, "-f", Repo.path("examples").toString()).orThrow();
    }

    @Test
    void aReconcileAfterASpecChangeKeepsTheKpis() {
        try (KubernetesClient admin = OperatorTestEnvironment.admin()) {
            Resource<FulfillmentNode> node = admin.resources(FulfillmentNode.class).inNamespace(NS)
                    .withName("acme-reno");
            await().atMost(Duration.ofSeconds(30)).until(() -> node.get().getStatus() != null
                    && node.get().getStatus().kpis != null && node.get().getStatus().kpis.updatedAt != null);
            JsonNode kpisBefore = JSON.valueToTree(node.get().getStatus().kpis);

            String cost = node.get().getSpec().costPerShipment;
            long generation = node.edit(n -> {
                n.getSpec().costPerShipment = "9.99";
                return n;
            }).getMetadata().getGeneration();
            try {
                await().atMost(Duration.ofSeconds(20)).until(() ->
                        generation == node.get().getStatus().observedGeneration);
                FulfillmentNode reconciled = node.get();
                assertThat(reconciled.getStatus().condition("Ready")).isPresent();
                JsonNode kpisAfter = JSON.valueToTree(reconciled.getStatus().kpis);
                assertThat(kpisAfter.path("assigned")).isEqualTo(kpisBefore.path("assigned"));
                assertThat(reconciled.getStatus().kpis.updatedAt).isNotNull();
                assertThat(statusFieldsOf(reconciled.getMetadata().getManagedFields(), "fulfillmentnode"))
                        .as("the reconciler applies conditions, never kpis").contains("f:conditions")
                        .doesNotContain("f:kpis");
                assertThat(statusFieldsOf(reconciled.getMetadata().getManagedFields(), "waybill-kpis"))
                        .contains("f:kpis").doesNotContain("f:conditions");
            } finally {
                node.edit(n -> {
                    n.getSpec().costPerShipment = cost;
                    return n;
                });
            }
        }
    }

    @Test
    void aContractReconcileKeepsTheCircuitTheKpiWriterReported() {
        try (KubernetesClient admin = OperatorTestEnvironment.admin()) {
            Resource<AdapterContract> contract = admin.resources(AdapterContract.class).inNamespace(NS)
                    .withName("dropship-direct");
            await().atMost(Duration.ofSeconds(30)).until(() -> contract.get().getStatus() != null
                    && contract.get().getStatus().circuitState != null);
            String timeout = contract.get().getSpec().resilience.timeout;
            long generation = contract.edit(c -> {
                c.getSpec().resilience.timeout = "7s";
                return c;
            }).getMetadata().getGeneration();
            try {
                await().atMost(Duration.ofSeconds(20)).until(() ->
                        generation == contract.get().getStatus().observedGeneration);
                assertThat(contract.get().getStatus().circuitState).isNotNull();
                assertThat(contract.get().getStatus().kpis).isNotNull();
            } finally {
                contract.edit(c -> {
                    c.getSpec().resilience.timeout = timeout;
                    return c;
                });
            }
        }
    }

    @Test
    void aKpiWriteKeepsTheConditions() {
        try (KubernetesClient admin = OperatorTestEnvironment.admin()) {
            Resource<OrderSource> source = admin.resources(OrderSource.class).inNamespace(NS).withName("web-us");
            await().atMost(Duration.ofSeconds(30)).until(() -> source.get().getStatus() != null
                    && source.get().getStatus().kpis != null && source.get().getStatus().condition("Ready")
                    .map(c -> c.status == Condition.Status.True).orElse(false));
            OrderSource before = source.get();
            long rejected = before.getStatus().kpis.rejected;

            given().contentType("application/json").header("X-Signature", "0000").body("{}")
                    .queryParam("namespace", NS).post("/api/v1/sources/web-us/orders").then().statusCode(401);

            await().atMost(Duration.ofSeconds(15)).until(() -> source.get().getStatus().kpis.rejected == rejected + 1);
            OrderSource after = source.get();
            JsonNode conditionsAfter = JSON.valueToTree(after.getStatus().conditions);
            JsonNode conditionsBefore = JSON.valueToTree(before.getStatus().conditions);
            assertThat(conditionsAfter).as("conditions, lastTransitionTime included, as the reconciler wrote them")
                    .isEqualTo(conditionsBefore);
            assertThat(after.getStatus().observedGeneration).isEqualTo(before.getStatus().observedGeneration);
        }
    }

    /** The status fields one field manager owns, as its managedFields entry for the status subresource spells them. */
    private static String statusFieldsOf(List<ManagedFieldsEntry> entries, String manager) {
        return entries.stream().filter(e -> manager.equals(e.getManager()) && "status".equals(e.getSubresource()))
                .map(e -> JSON.valueToTree(e.getFieldsV1()).toString()).findFirst().orElse("");
    }
}
