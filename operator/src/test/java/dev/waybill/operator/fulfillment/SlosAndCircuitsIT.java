package dev.waybill.operator.fulfillment;

import dev.waybill.api.v1alpha1.contract.AdapterContract;
import dev.waybill.api.v1alpha1.contract.ContractSlo;
import dev.waybill.api.v1alpha1.meta.Condition;
import dev.waybill.api.v1alpha1.node.FulfillmentNode;
import dev.waybill.api.v1alpha1.policy.PolicySlo;
import dev.waybill.api.v1alpha1.policy.RoutingPolicy;
import dev.waybill.operator.OperatorTestEnvironment;
import dev.waybill.testkit.SimulatorProcess;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static dev.waybill.operator.fulfillment.Trail.awaitState;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Live state in conditions: a slow vendor breaches its contract's {@code spec.slo} (Degraded=True with the figure)
 * and recovering clears it; a policy's routing-time objective works the same way; an outage opens the circuit, its
 * nodes turn AdapterAvailable=False naming the contract, and they come back once it closes.
 */
@QuarkusTest
@QuarkusTestResource(OperatorTestEnvironment.class)
class SlosAndCircuitsIT {

    private static final String NS = OperatorTestEnvironment.NAMESPACE;

    private SimulatorProcess simulator;

    @BeforeEach
    void vendors() {
        simulator = Vendors.start();
        simulator.reset();
        Vendors.freshConnector("acme-3pl");
    }

    @AfterEach
    void calm() {
        simulator.reset();
        try (KubernetesClient admin = OperatorTestEnvironment.admin()) {
            contract(admin).edit(c -> {
                c.getSpec().slo = null;
                return c;
            });
            admin.resources(RoutingPolicy.class).inNamespace(NS).withName("us-standard").edit(p -> {
                p.getSpec().slo = null;
                return p;
            });
        }
    }

    @Test
    void aSlowVendorBreachesItsContractObjectiveAndRecovers() {
        try (KubernetesClient admin = OperatorTestEnvironment.admin()) {
            contract(admin).edit(c -> {
                c.getSpec().slo = new ContractSlo();
                c.getSpec().slo.p99Millis = 300.0;
                return c;
            });
            await().atMost(Duration.ofSeconds(20)).until(() -> degraded(contract(admin).get())
                    .map(d -> d.status == Condition.Status.False && "SloMet".equals(d.reason)).orElse(false));

            simulator.faults("{\"vendor\":\"acme-3pl\",\"latencyMillis\":700}");
            Vendors.onlyAt("acme-newark", "SLO-A");
            String id = Vendors.send(Vendors.order(Vendors.uniqueId("SLO"), "SLO-A:1"));
            awaitState(id, "Dispatched", Duration.ofSeconds(30));

            await().atMost(Duration.ofSeconds(25)).untilAsserted(() -> assertThat(degraded(contract(admin).get()))
                    .hasValueSatisfying(d -> {
                        assertThat(d.status).isEqualTo(Condition.Status.True);
                        assertThat(d.reason).isEqualTo("SloBreached");
                        assertThat(d.message).startsWith("spec.slo: p99Millis ").endsWith(" > 300");
                    }));
            assertThat(contract(admin).get().getStatus().kpis.p99Millis).isGreaterThanOrEqualTo(700.0);

            simulator.faults("{\"vendor\":\"acme-3pl\"}");
            // the slow calls must leave the contract's one-minute window
            await().atMost(Duration.ofSeconds(100)).pollInterval(Duration.ofSeconds(1)).until(() ->
                    degraded(contract(admin).get()).map(d -> d.status == Condition.Status.False).orElse(false));
            assertThat(degraded(contract(admin).get()).orElseThrow().message).doesNotContain("p99Millis");
        }
    }

    @Test
    void aPolicyObjectiveOnRoutingTimeIsJudgedOnTheLiveFigure() {
        try (KubernetesClient admin = OperatorTestEnvironment.admin()) {
            Resource<RoutingPolicy> policy = admin.resources(RoutingPolicy.class).inNamespace(NS)
                    .withName("us-standard");
            Vendors.onlyAt("acme-newark", "SLO-P");
            awaitState(Vendors.send(Vendors.order(Vendors.uniqueId("SLOP"), "SLO-P:1")), "Shipped",
                    Duration.ofSeconds(30));
            policy.edit(p -> {
                p.getSpec().slo = new PolicySlo();
                p.getSpec().slo.p99RoutingMillis = 0.000001;
                return p;
            });

            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(degraded(policy.get()))
                    .hasValueSatisfying(d -> {
                        assertThat(d.status).isEqualTo(Condition.Status.True);
                        assertThat(d.message).contains("p99RoutingMillis").endsWith(" > 0.000001");
                    }));

            policy.edit(p -> {
                p.getSpec().slo = null;
                return p;
            });
            await().atMost(Duration.ofSeconds(20)).until(() -> degraded(policy.get()).isEmpty());
        }
    }

    @Test
    void anOpenCircuitTakesEveryNodeOfTheContractOutAndBackWhenItCloses() {
        Vendors.onlyAt("acme-newark", "CO-A");
        simulator.faults("{\"vendor\":\"acme-3pl\",\"down\":true}");
        for (int i = 0; i < 12; i++) {
            Vendors.send(Vendors.order(Vendors.uniqueId("CO"), "CO-A:1"));
        }
        try (KubernetesClient admin = OperatorTestEnvironment.admin()) {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                assertThat(String.valueOf(contract(admin).get().getStatus().circuitState)).isEqualTo("Open");
                for (String node : new String[] {"acme-newark", "acme-reno"}) {
                    assertThat(adapterAvailable(admin, node)).hasValueSatisfying(c -> {
                        assertThat(c.status).isEqualTo(Condition.Status.False);
                        assertThat(c.reason).isEqualTo("CircuitOpen");
                        assertThat(c.message).contains("AdapterContract acme-3pl");
                    });
                }
            });
            assertThat(adapterAvailable(admin, "store-boston").orElseThrow().status)
                    .as("nodes of other contracts stay in").isEqualTo(Condition.Status.True);
            given().get("/q/health/ready").then().statusCode(200)
                    .body("checks.find { it.name == 'adapters' }.data.'" + NS + "/acme-3pl'", org.hamcrest.Matchers
                            .anyOf(org.hamcrest.Matchers.is("Open"), org.hamcrest.Matchers.is("HalfOpen")));

            simulator.faults("{\"vendor\":\"acme-3pl\"}");
            // half-open after waitInOpenState (5 s here): the nodes take trial work again
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
                assertThat(String.valueOf(contract(admin).get().getStatus().circuitState)).isNotEqualTo("Open");
                for (String node : new String[] {"acme-newark", "acme-reno"}) {
                    assertThat(adapterAvailable(admin, node).orElseThrow().status)
                            .isEqualTo(Condition.Status.True);
                }
            });
            // the trial calls succeed: closed
            Vendors.onlyAt("acme-newark", "CO-B");
            for (int i = 0; i < 2; i++) {
                awaitState(Vendors.send(Vendors.order(Vendors.uniqueId("CO"), "CO-B:1")), "Shipped",
                        Duration.ofSeconds(30));
            }
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                    assertThat(String.valueOf(contract(admin).get().getStatus().circuitState)).isEqualTo("Closed"));
        }
    }

    private static Resource<AdapterContract> contract(KubernetesClient admin) {
        return admin.resources(AdapterContract.class).inNamespace(NS).withName("acme-3pl");
    }

    private static Optional<Condition> adapterAvailable(KubernetesClient admin, String node) {
        FulfillmentNode n = admin.resources(FulfillmentNode.class).inNamespace(NS).withName(node).get();
        return n.getStatus() == null ? Optional.empty() : n.getStatus().condition("AdapterAvailable");
    }

    private static Optional<Condition> degraded(io.fabric8.kubernetes.client.CustomResource<?, ?> resource) {
        Object status = resource.getStatus();
        return status instanceof dev.waybill.api.v1alpha1.meta.ResourceStatus s ? s.condition("Degraded")
                : Optional.empty();
    }
}
