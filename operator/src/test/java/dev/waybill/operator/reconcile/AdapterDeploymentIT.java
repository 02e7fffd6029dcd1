package dev.waybill.operator.reconcile;

import dev.waybill.api.v1alpha1.contract.AdapterContract;
import dev.waybill.operator.OperatorTestEnvironment;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentStatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A Deployment-mode contract gets an owned ConfigMap, Deployment and Service; Ready follows the Deployment's
 * availability; a spec change updates them; switching to Embedded removes them.
 */
@QuarkusTest
@QuarkusTestResource(OperatorTestEnvironment.class)
class AdapterDeploymentIT {

    private static final String NAME = "remote-vendor";
    private static final String ADAPTER = NAME + "-adapter";
    private static final Duration WITHIN = Duration.ofSeconds(15);

    @Test
    void deploymentModeRunsOwnedObjectsThatFollowTheSpec() {
        OperatorTestEnvironment.apply(ReferenceProblemsIT.secret("remote-vendor-credentials", "token") + "---\n"
                + contract(1, "Deployment"));
        try (KubernetesClient admin = OperatorTestEnvironment.admin()) {
            Deployment deployment = await().atMost(WITHIN).until(() -> deployment(admin), d -> d != null);
            assertOwnedAndLabelled(admin, deployment);
            assertRestrictedPod(deployment);
            assertThat(admin.configMaps().inNamespace(ns()).withName(ADAPTER).get().getData().get("contract.json"))
                    .contains("\"baseUrl\" : \"http://vendor.example:8080\"").doesNotContain("placeholder");
            assertThat(readyReason(admin)).as("no kubelet has started it yet").isEqualTo("DeploymentNotAvailable");

            markAvailable(admin, 1);
            await().atMost(WITHIN).untilAsserted(() -> assertThat(readyReason(admin)).isEqualTo("AdapterReady"));
            assertThat(contract(admin).getStatus().endpoint).isEqualTo("http://" + ADAPTER + "." + ns() + ".svc:8080");

            OperatorTestEnvironment.apply(contract(2, "Deployment"));
            await().atMost(WITHIN).untilAsserted(() -> assertThat(deployment(admin).getSpec().getReplicas()).isEqualTo(2));

            OperatorTestEnvironment.apply(contract(0, "Embedded"));
            await().atMost(WITHIN).untilAsserted(() -> {
                assertThat(deployment(admin)).isNull();
                assertThat(admin.configMaps().inNamespace(ns()).withName(ADAPTER).get()).isNull();
                assertThat(admin.services().inNamespace(ns()).withName(ADAPTER).get()).isNull();
                assertThat(contract(admin).getStatus().endpoint).isEqualTo("embedded://" + ns() + "/" + NAME);
            });
        }
    }

    private static void assertOwnedAndLabelled(KubernetesClient admin, Deployment deployment) {
        String uid = contract(admin).getMetadata().getUid();
        ConfigMap configMap = admin.configMaps().inNamespace(ns()).withName(ADAPTER).get();
        Service service = admin.services().inNamespace(ns()).withName(ADAPTER).get();
        for (var object : java.util.List.of(deployment, configMap, service)) {
            assertThat(object.getMetadata().getOwnerReferences()).singleElement()
                    .satisfies(ref -> assertThat(ref.getUid()).isEqualTo(uid));
            assertThat(object.getMetadata().getLabels()).containsEntry("app.kubernetes.io/managed-by", "waybill-operator")
                    .containsEntry("app.kubernetes.io/instance", ADAPTER);
        }
    }

    private static void assertRestrictedPod(Deployment deployment) {
        var pod = deployment.getSpec().getTemplate().getSpec();
        var container = pod.getContainers().get(0);
        assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
        assertThat(pod.getSecurityContext().getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
        assertThat(container.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
        assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
        assertThat(container.getSecurityContext().getCapabilities().getDrop()).containsExactly("ALL");
        assertThat(container.getImage()).as("the configured default image").isEqualTo("waybill/adapter-runtime:0.1.0");
        assertThat(container.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/q/health/ready");
        assertThat(container.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/q/health/live");
        assertThat(container.getResources().getLimits()).containsKey("memory");
        assertThat(container.getEnv()).anySatisfy(env -> {
            assertThat(env.getName()).isEqualTo("WAYBILL_CREDENTIAL");
            assertThat(env.getValueFrom().getSecretKeyRef().getName()).isEqualTo("remote-vendor-credentials");
        });
    }

    /** Plays the kubelet and the deployment controller, which this control plane does not run. */
    private static void markAvailable(KubernetesClient admin, int replicas) {
        Deployment current = deployment(admin);
        current.setStatus(new DeploymentStatusBuilder().withObservedGeneration(current.getMetadata().getGeneration())
                .withReplicas(replicas).withReadyReplicas(replicas).withAvailableReplicas(replicas)
                .withUpdatedReplicas(replicas).build());
        admin.apps().deployments().inNamespace(ns()).resource(current).updateStatus();
    }

    private static Deployment deployment(KubernetesClient admin) {
        return admin.apps().deployments().inNamespace(ns()).withName(ADAPTER).get();
    }

    private static AdapterContract contract(KubernetesClient admin) {
        return Resources.get(admin, AdapterContract.class, NAME).orElseThrow();
    }

    private static String readyReason(KubernetesClient admin) {
        return Resources.condition(contract(admin), "Ready").map(c -> c.reason).orElse("none");
    }

    private static String ns() {
        return OperatorTestEnvironment.NAMESPACE;
    }

    private static String contract(int replicas, String mode) {
        String runtime = mode.equals("Embedded") ? "    mode: Embedded\n" : """
                    mode: Deployment
                    replicas: %d
                    resources: { limits: { memory: 256Mi, cpu: 500m }, requests: { memory: 128Mi, cpu: 100m } }
                """.formatted(replicas);
        return """
                apiVersion: waybill.dev/v1alpha1
                kind: AdapterContract
                metadata: { name: %s }
                spec:
                  schemaVersion: "1"
                  baseUrl: http://vendor.example:8080
                  auth: { type: Bearer, secretRef: { name: remote-vendor-credentials, key: token } }
                  operations:
                    create: { method: POST, path: /orders }
                  runtime:
                """.formatted(NAME) + runtime;
    }
}
