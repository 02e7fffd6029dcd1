package dev.waybill.operator.helm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.waybill.testkit.Shell;

import java.util.List;

import static dev.waybill.operator.helm.Manifests.element;
import static dev.waybill.operator.helm.Manifests.rules;
import static dev.waybill.operator.helm.Manifests.texts;
import static org.assertj.core.api.Assertions.assertThat;

/** What a real release of the chart must leave on the API server, after install, upgrade, rollback and uninstall. */
final class ReleaseChecks {

    private final Helm helm;
    private final Cluster cluster;

    ReleaseChecks(Helm helm, Cluster cluster) {
        this.helm = helm;
        this.cluster = cluster;
    }

    void assertInstalled(String release, String target) {
        String name = release + "-waybill";
        JsonNode status = Manifests.json(helm.run("status", release, "--namespace", target, "-o", "json")
                .orThrow().stdout());
        assertThat(status.at("/info/status").asText()).isEqualTo("deployed");
        for (String object : List.of("deployment/" + name, "service/" + name, "serviceaccount/" + name,
                "persistentvolumeclaim/" + name + "-data", "role/" + name + "-leader-election",
                "rolebinding/" + name + "-leader-election", "configmap/" + name + "-dashboard")) {
            assertThat(cluster.exists(object, "-n", target)).as(object).isTrue();
        }
        assertThat(cluster.get("clusterrole", name).get("rules")).isEqualTo(rules("operator-rules"));
        assertThat(cluster.get("clusterrole", name + "-secrets").get("rules")).isEqualTo(rules("secret-rules"));
        assertThat(cluster.get("clusterrolebinding", name + "-secrets").at("/subjects/0/namespace").asText())
                .isEqualTo(target);
        for (String crd : List.of("fulfillmentnodes", "routingpolicies", "adaptercontracts", "ordersources")) {
            assertThat(cluster.exists("crd", crd + ".waybill.dev")).as(crd).isTrue();
        }
        assertPodSecurityRestrictedAdmitsTheOperatorPod(cluster.get("deployment", name, "-n", target), target);
    }

    /** Upgrading to PostgreSQL with two replicas rolls and adds a PDB; rolling back restores one Recreate replica. */
    void assertUpgradeToPostgresAndRollbackBack(String release, String target) {
        String name = release + "-waybill";
        helm.run("upgrade", release, Helm.CHART.toString(), "--namespace", target, "--reuse-values",
                "--set", "store.postgres.existingSecret=waybill-postgres", "--set", "replicas=2").orThrow();
        JsonNode upgraded = cluster.get("deployment", name, "-n", target);
        assertThat(upgraded.at("/spec/replicas").asInt()).isEqualTo(2);
        assertThat(upgraded.at("/spec/strategy/type").asText()).isEqualTo("RollingUpdate");
        assertThat(cluster.exists("poddisruptionbudget/" + name, "-n", target)).as("PDB after upgrade").isTrue();

        helm.run("rollback", release, "1", "--namespace", target).orThrow();
        JsonNode rolledBack = cluster.get("deployment", name, "-n", target);
        assertThat(rolledBack.at("/spec/replicas").asInt()).isEqualTo(1);
        assertThat(rolledBack.at("/spec/strategy/type").asText()).isEqualTo("Recreate");
        assertThat(element(rolledBack.at("/spec/template/spec/containers/0/env"), "name", "WAYBILL_DATA_DIR")
                .get("value").asText()).isEqualTo("/data");
        assertThat(texts(rolledBack.at("/spec/template/spec/containers/0/env"), "name"))
                .doesNotContain("WAYBILL_STORE_URL");
        assertThat(cluster.exists("poddisruptionbudget/" + name, "-n", target)).as("PDB after rollback").isFalse();
        assertThat(cluster.exists("persistentvolumeclaim/" + name + "-data", "-n", target))
                .as("the claim, kept through the PostgreSQL revision").isTrue();
    }

    void assertUninstalled(String release, String target) {
        String name = release + "-waybill";
        for (String object : List.of("deployment/" + name, "service/" + name, "serviceaccount/" + name,
                "role/" + name + "-leader-election")) {
            assertThat(cluster.exists(object, "-n", target)).as(object + " after uninstall").isFalse();
        }
        for (String object : List.of("clusterrole/" + name, "clusterrolebinding/" + name + "-secrets")) {
            assertThat(cluster.exists(object)).as(object + " after uninstall").isFalse();
        }
        assertThat(cluster.exists("persistentvolumeclaim/" + name + "-data", "-n", target))
                .as("the embedded store's claim outlives the release (helm.sh/resource-policy: keep)").isTrue();
    }

    /** The Pod the Deployment would make passes the "restricted" Pod Security admission; a weakened one does not. */
    private void assertPodSecurityRestrictedAdmitsTheOperatorPod(JsonNode deployment, String target) {
        ObjectNode pod = JsonNodeFactory.instance.objectNode().put("apiVersion", "v1").put("kind", "Pod");
        pod.putObject("metadata").put("name", "operator-pod-check").put("namespace", target);
        pod.set("spec", deployment.at("/spec/template/spec").deepCopy());
        Shell.Result admitted = cluster.dryRunCreate(pod.toString());
        assertThat(admitted.ok()).as(admitted::toString).isTrue();

        ObjectNode weakened = pod.deepCopy();
        ((ObjectNode) weakened.at("/spec/containers/0/securityContext"))
                .put("allowPrivilegeEscalation", true);
        Shell.Result refused = cluster.dryRunCreate(weakened.toString());
        assertThat(refused.ok()).as(refused::toString).isFalse();
        assertThat(refused.stderr()).contains("violates PodSecurity \"restricted");
    }
}
