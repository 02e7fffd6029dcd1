package dev.waybill.operator.reconcile;

import dev.waybill.api.v1alpha1.contract.AdapterContract;
import dev.waybill.api.v1alpha1.meta.Condition;
import dev.waybill.api.v1alpha1.meta.ResourceStatus;
import dev.waybill.api.v1alpha1.node.FulfillmentNode;
import dev.waybill.api.v1alpha1.policy.RoutingPolicy;
import dev.waybill.api.v1alpha1.source.OrderSource;
import dev.waybill.operator.OperatorTestEnvironment;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the API server cannot judge, the operator reports: each broken reference or expression turns Ready False
 * with a reason and a message naming the field, and fixing the resource turns it Ready again, without a restart.
 */
@QuarkusTest
@QuarkusTestResource(OperatorTestEnvironment.class)
class ReferenceProblemsIT {

    private static final Duration WITHIN = Duration.ofSeconds(15);

    /** One fault: the YAML that has it, where it shows, what it must say, and the YAML that fixes it. */
    record Fault(String name, Class<? extends CustomResource<?, ? extends ResourceStatus>> kind, String resource,
                 String broken, String reason, String field, String fix) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Fault> faults() {
        return Stream.of(
                new Fault("node whose contract is missing", FulfillmentNode.class, "f-node-no-contract",
                        node("f-node-no-contract", "f-late-contract", "UTC"), "ContractNotFound", "spec.adapterRef.name",
                        contract("f-late-contract", "", "$")),
                new Fault("contract whose Secret is missing", AdapterContract.class, "f-contract-no-secret",
                        contract("f-contract-no-secret", bearer("f-secret-late", "token"), "$"), "SecretNotFound",
                        "spec.auth.secretRef.name", secret("f-secret-late", "token")),
                new Fault("contract whose Secret lacks the key", AdapterContract.class, "f-contract-no-key",
                        contract("f-contract-no-key", bearer("f-secret-keyless", "token"), "$") + "---\n"
                                + secret("f-secret-keyless", "other"), "SecretKeyNotFound", "spec.auth.secretRef.key",
                        secret("f-secret-keyless", "token")),
                new Fault("contract with a JSONata syntax error", AdapterContract.class, "f-contract-bad-jsonata",
                        contract("f-contract-bad-jsonata", "", "{ \\\"a\\\": }"), "InvalidMapping",
                        "spec.operations.create.request", contract("f-contract-bad-jsonata", "", "{ \\\"a\\\": orderId }")),
                new Fault("policy with a CEL error", RoutingPolicy.class, "f-policy-bad-cel",
                        policy("f-policy-bad-cel", "order.shipTo.countyr == 'US'"), "InvalidExpression", "spec.match",
                        policy("f-policy-bad-cel", "order.shipTo.country == 'US'")),
                new Fault("source with a JSONata syntax error", OrderSource.class, "f-source-bad-mapping",
                        source("f-source-bad-mapping", "{ \\\"orderId\\\": ( }"), "InvalidMapping", "spec.mapping",
                        source("f-source-bad-mapping", "{ \\\"orderId\\\": order_number }")),
                new Fault("node with an unknown time zone", FulfillmentNode.class, "f-node-bad-zone",
                        node("f-node-bad-zone", "f-zone-contract", "Mars/Olympus_Mons") + "---\n"
                                + contract("f-zone-contract", "", "$"), "InvalidTimeZone", "spec.cutoff.timeZone",
                        node("f-node-bad-zone", "f-zone-contract", "Europe/Berlin")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void faultIsReportedAndFixingItClearsIt(Fault fault) {
        apply(fault.broken());
        try (KubernetesClient admin = OperatorTestEnvironment.admin()) {
            await().atMost(WITHIN).untilAsserted(() -> {
                Condition ready = ready(admin, fault);
                assertThat(ready.status).isEqualTo(Condition.Status.False);
                assertThat(ready.reason).isEqualTo(fault.reason());
                assertThat(ready.message).startsWith(fault.field() + ": ");
            });
            await().atMost(WITHIN).untilAsserted(() -> assertThat(admin.v1().events()
                    .inNamespace(OperatorTestEnvironment.NAMESPACE)
                    .withField("involvedObject.name", fault.resource()).list().getItems())
                    .as("a Warning event tells why %s is not Ready", fault.resource())
                    .anySatisfy(e -> {
                        assertThat(e.getType()).isEqualTo("Warning");
                        assertThat(e.getReason()).isEqualTo(fault.reason());
                    }));

            apply(fault.fix());

            await().atMost(WITHIN).untilAsserted(() ->
                    assertThat(ready(admin, fault).status).as("fixed: %s", ready(admin, fault))
                            .isEqualTo(Condition.Status.True));
        }
    }

    @Test
    void aSelectorThatMatchesNothingWarnsAndANewNodeSatisfiesIt() {
        apply(policy("f-policy-lonely", "true").replace("f-none: \"x\"", "f-lonely: \"yes\""));
        try (KubernetesClient admin = OperatorTestEnvironment.admin()) {
            await().atMost(WITHIN).untilAsserted(() -> {
                RoutingPolicy policy = Resources.get(admin, RoutingPolicy.class, "f-policy-lonely").orElseThrow();
                assertThat(Resources.status(policy, "Ready")).as("a warning, not a failure").isEqualTo("True");
                assertThat(Resources.condition(policy, "CandidatesAvailable").orElseThrow().reason)
                        .isEqualTo("NoMatchingNodes");
            });

            apply(node("f-node-lonely", "f-lonely-contract", "UTC").replace("f-none: \"x\"", "f-lonely: \"yes\""));

            await().atMost(WITHIN).untilAsserted(() -> {
                RoutingPolicy policy = Resources.get(admin, RoutingPolicy.class, "f-policy-lonely").orElseThrow();
                assertThat(Resources.status(policy, "CandidatesAvailable")).isEqualTo("True");
            });
        }
    }

    private static Condition ready(KubernetesClient admin, Fault fault) {
        return Resources.get(admin, fault.kind(), fault.resource()).flatMap(r -> Resources.condition(r, "Ready"))
                .orElseThrow(() -> new AssertionError(fault.resource() + " has no Ready condition yet"));
    }

    private static void apply(String yaml) {
        OperatorTestEnvironment.apply(yaml);
    }

    static String node(String name, String contract, String zone) {
        return """
                apiVersion: waybill.dev/v1alpha1
                kind: FulfillmentNode
                metadata: { name: %s, labels: { f-none: "x" } }
                spec:
                  type: Warehouse
                  location: { country: DE, postalCode: "10115", latitude: 52.53, longitude: 13.38 }
                  cutoff: { time: "15:00", timeZone: %s }
                  adapterRef: { name: %s }
                """.formatted(name, zone, contract);
    }

    static String contract(String name, String auth, String request) {
        return """
                apiVersion: waybill.dev/v1alpha1
                kind: AdapterContract
                metadata: { name: %s }
                spec:
                  schemaVersion: "1"
                  baseUrl: http://localhost:9090/%s
                  %s
                  operations:
                    create: { method: POST, path: /orders, request: "%s" }
                """.formatted(name, name, auth, request);
    }

    static String bearer(String secret, String key) {
        return "auth: { type: Bearer, secretRef: { name: %s, key: %s } }".formatted(secret, key);
    }

    static String secret(String name, String key) {
        return """
                apiVersion: v1
                kind: Secret
                metadata: { name: %s, labels: { app.kubernetes.io/part-of: waybill } }
                stringData: { %s: placeholder }
                """.formatted(name, key);
    }

    static String policy(String name, String match) {
        return """
                apiVersion: waybill.dev/v1alpha1
                kind: RoutingPolicy
                metadata: { name: %s }
                spec:
                  match: "%s"
                  candidates: { nodeSelector: { matchLabels: { f-none: "x" } } }
                """.formatted(name, match);
    }

    static String source(String name, String mapping) {
        return """
                apiVersion: waybill.dev/v1alpha1
                kind: OrderSource
                metadata: { name: %s }
                spec:
                  mapping: "%s"
                """.formatted(name, mapping);
    }
}
