package dev.waybill.operator.helm;

import com.fasterxml.jackson.databind.JsonNode;
import dev.waybill.testkit.Kubectl;
import dev.waybill.testkit.RealApiServer;
import dev.waybill.testkit.Repo;
import dev.waybill.testkit.Shell;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static dev.waybill.operator.helm.Manifests.element;
import static dev.waybill.operator.helm.Manifests.rules;
import static dev.waybill.operator.helm.Manifests.strings;
import static dev.waybill.operator.helm.Manifests.texts;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Helm chart (helm/waybill) with the Helm that hack/build-helm.sh builds: lint, renders checked object by object
 * and validated by the real API server ({@code kubectl apply --dry-run=server}), a refused render, and a real
 * install and uninstall. ServiceMonitor and PrometheusRule are validated by the API server too, against minimal
 * stand-ins of the Prometheus Operator's CRDs (src/test/resources/helm/*.monitoring.coreos.com.yaml), created
 * first where the cluster has no such CRD.
 */
@ExtendWith(RealApiServer.class)
class HelmChartIT {

    private static final String RELEASE = "waybill";

    private static Helm helm;
    private static Cluster cluster;
    private static String namespace;

    @BeforeAll
    static void buildHelmAndMakeANamespace() {
        Helm.binary();
        helm = new Helm(RealApiServer.kubeconfig());
        cluster = new Cluster(Kubectl.admin());
        namespace = cluster.namespace("helm-it");
    }

    @AfterAll
    static void deleteNamespaces() {
        if (cluster != null) {
            cluster.deleteNamespaces();
        }
    }

    @Test
    void helmIsTheVersionItsGoModulePins() throws IOException {
        String pinned = Files.readAllLines(Repo.path("hack/helm/go.mod")).stream()
                .map(String::strip).filter(line -> line.startsWith("helm.sh/helm/v3 "))
                .map(line -> line.split("\\s+")[1]).findFirst().orElseThrow();
        assertThat(helm.run("version", "--template", "{{.Version}}").orThrow().stdout()).isEqualTo(pinned);
    }

    @Test
    void chartCrdsAreTheCommittedCrds() throws IOException {
        List<String> committed = yamlFiles(Repo.path("crds"));
        assertThat(yamlFiles(Repo.path("helm/waybill/crds"))).as("helm/waybill/crds/ file names").isEqualTo(committed);
        for (String file : committed) {
            assertThat(Files.readString(Repo.path("helm/waybill/crds/" + file)))
                    .as("helm/waybill/crds/%s drifted from crds/%s: run cp crds/*.yml helm/waybill/crds/", file, file)
                    .isEqualTo(Files.readString(Repo.path("crds/" + file)));
        }
    }

    @Test
    void lintPassesWithDefaultsAndWithEveryOptionOn() {
        helm.run("lint", "--strict", Helm.CHART.toString()).orThrow();
        helm.run("lint", "--strict", Helm.CHART.toString(), "-f", Helm.resource("everything-values.yaml").toString(),
                "--set", "watchNamespaces={shop-a,shop-b}").orThrow();
    }

    @Test
    void defaultsRenderOneRestrictedReplicaOnTheEmbeddedStoreWatchingEveryNamespace() {
        Manifests rendered = helm.render(RELEASE, namespace, "--include-crds");
        JsonNode deployment = rendered.one("Deployment", RELEASE);
        JsonNode pod = deployment.at("/spec/template/spec");
        JsonNode container = element(pod.get("containers"), "name", "operator");

        assertThat(deployment.at("/spec/replicas").asInt()).isEqualTo(1);
        assertThat(deployment.at("/spec/strategy/type").asText()).isEqualTo("Recreate");
        assertThat(container.get("image").asText()).isEqualTo("waybill/operator:0.1.0");
        ChartAssertions.assertRestricted(pod, container);
        assertThat(env(container, "WAYBILL_DATA_DIR")).isEqualTo("/data");
        assertThat(env(container, "QUARKUS_HTTP_PORT")).isEqualTo("8080");
        assertThat(env(container, "WAYBILL_LEADER_ELECTION_ENABLED")).isEqualTo("true");
        assertThat(env(container, "WAYBILL_LEADER_ELECTION_LEASE_NAMESPACE")).isEqualTo(namespace);
        assertThat(env(container, "WAYBILL_LOG_FORMAT")).as("JSON logs in a cluster").isEqualTo("json");
        assertThat(texts(container.get("env"), "name"))
                .doesNotContain("WAYBILL_NAMESPACES", "WAYBILL_STORE_URL", "WAYBILL_API_TOKENS",
                        "WAYBILL_ADAPTER_IMAGE", "OTEL_EXPORTER_OTLP_ENDPOINT");
        assertThat(container.at("/livenessProbe/httpGet/path").asText()).isEqualTo("/q/health/live");
        assertThat(container.at("/readinessProbe/httpGet/path").asText()).isEqualTo("/q/health/ready");
        assertThat(container.at("/resources/requests/memory").asText()).isEqualTo("512Mi");
        assertThat(element(pod.get("volumes"), "name", "data").at("/persistentVolumeClaim/claimName").asText())
                .isEqualTo("waybill-data");
        assertThat(rendered.one("PersistentVolumeClaim", "waybill-data").at("/spec/accessModes/0").asText())
                .isEqualTo("ReadWriteOnce");
        JsonNode port = rendered.one("Service", RELEASE).at("/spec/ports/0");
        assertThat(port.get("name").asText() + ":" + port.get("port").asInt()).isEqualTo("http:8080");

        assertThat(rendered.one("ClusterRole", RELEASE).get("rules")).isEqualTo(rules("operator-rules"));
        assertThat(rendered.one("ClusterRole", "waybill-secrets").get("rules")).isEqualTo(rules("secret-rules"));
        assertThat(rendered.one("Role", "waybill-leader-election").get("rules"))
                .isEqualTo(rules("leader-election-rules"));
        for (String binding : List.of(RELEASE, "waybill-secrets")) {
            assertThat(rendered.one("ClusterRoleBinding", binding).at("/subjects/0/name").asText()).isEqualTo(RELEASE);
        }
        assertThat(rendered.all("Role")).hasSize(1);
        assertThat(rendered.all("PodDisruptionBudget")).isEmpty();
        assertThat(rendered.all("NetworkPolicy")).isEmpty();
        assertThat(rendered.all("ServiceMonitor")).isEmpty();
        assertThat(rendered.all("PrometheusRule")).isEmpty();
        assertThat(rendered.all("CustomResourceDefinition")).hasSize(4);
        ChartAssertions.assertDashboard(rendered.one("ConfigMap", "waybill-dashboard"));
        assertServerAccepts(rendered);
    }

    @Test
    void namespacedModeGrantsTheRulesInEachWatchedNamespaceAndNothingClusterWide() {
        String shopA = cluster.namespace("helm-it-shop-a");
        String shopB = cluster.namespace("helm-it-shop-b");
        Manifests rendered = helm.render(RELEASE, namespace, "--set", "watchNamespaces={" + shopA + "," + shopB + "}");

        assertThat(rendered.all("ClusterRole")).isEmpty();
        assertThat(rendered.all("ClusterRoleBinding")).isEmpty();
        for (String watched : List.of(shopA, shopB)) {
            assertThat(inNamespace(rendered.all("Role"), watched)).extracting(r -> r.get("rules"))
                    .containsExactlyInAnyOrder(rules("operator-rules"), rules("secret-rules"));
            assertThat(inNamespace(rendered.all("RoleBinding"), watched)).hasSize(2)
                    .allSatisfy(binding -> assertThat(binding.at("/subjects/0/namespace").asText())
                            .isEqualTo(namespace));
        }
        assertThat(inNamespace(rendered.all("Role"), namespace)).extracting(r -> r.get("rules"))
                .containsExactly(rules("leader-election-rules"));
        JsonNode container = rendered.one("Deployment", RELEASE).at("/spec/template/spec/containers/0");
        assertThat(env(container, "WAYBILL_NAMESPACES")).isEqualTo(shopA + "," + shopB);
        assertServerAccepts(rendered);
    }

    @Test
    void postgresWithThreeReplicasRollsOnePodAtATimeAndKeepsOneUp() {
        Manifests rendered = helm.render(RELEASE, namespace, "--set", "replicas=3",
                "--set", "store.postgres.existingSecret=waybill-postgres",
                "--set", "apiTokens.existingSecret=waybill-api-tokens",
                "--set", "adapter.image=registry.example/adapter:1.2.3", "--set", "logging.format=text",
                "--set", "tracing.otlpEndpoint=http://otel-collector.observability:4317");
        JsonNode deployment = rendered.one("Deployment", RELEASE);
        JsonNode pod = deployment.at("/spec/template/spec");
        JsonNode container = pod.at("/containers/0");

        assertThat(deployment.at("/spec/replicas").asInt()).isEqualTo(3);
        assertThat(deployment.at("/spec/strategy/type").asText()).isEqualTo("RollingUpdate");
        assertThat(deployment.at("/spec/strategy/rollingUpdate/maxUnavailable").asInt()).isZero();
        JsonNode storeUrl = element(container.get("env"), "name", "WAYBILL_STORE_URL").at("/valueFrom/secretKeyRef");
        assertThat(storeUrl.get("name").asText() + "/" + storeUrl.get("key").asText())
                .isEqualTo("waybill-postgres/url");
        assertThat(env(container, "WAYBILL_API_TOKENS")).isEqualTo("/etc/waybill/api-tokens/tokens");
        assertThat(element(container.get("volumeMounts"), "name", "api-tokens").get("mountPath").asText())
                .isEqualTo("/etc/waybill/api-tokens");
        JsonNode tokens = element(pod.get("volumes"), "name", "api-tokens").get("secret");
        assertThat(tokens.get("secretName").asText()).isEqualTo("waybill-api-tokens");
        assertThat(tokens.at("/items/0/key").asText()).isEqualTo("tokens");
        assertThat(env(container, "WAYBILL_ADAPTER_IMAGE")).isEqualTo("registry.example/adapter:1.2.3");
        assertThat(env(container, "WAYBILL_LOG_FORMAT")).isEqualTo("text");
        assertThat(env(container, "OTEL_EXPORTER_OTLP_ENDPOINT")).isEqualTo("http://otel-collector.observability:4317");
        assertThat(env(container, "OTEL_EXPORTER_OTLP_PROTOCOL")).isEqualTo("grpc");
        assertThat(element(pod.get("volumes"), "name", "data").has("emptyDir")).isTrue();
        assertThat(rendered.all("PersistentVolumeClaim")).isEmpty();
        JsonNode budget = rendered.one("PodDisruptionBudget", RELEASE);
        assertThat(budget.at("/spec/minAvailable").asInt()).isEqualTo(1);
        assertThat(budget.at("/spec/selector")).isEqualTo(deployment.at("/spec/selector"));
        assertServerAccepts(rendered);
    }

    @Test
    void twoReplicasOnTheEmbeddedStoreAreRefusedSayingWhy() {
        Shell.Result refused = helm.template(RELEASE, namespace, "--set", "replicas=2");
        assertThat(refused.ok()).as(refused::toString).isFalse();
        assertThat(refused.stderr()).contains("replicas: 2 needs PostgreSQL").contains("store.postgres.existingSecret");
    }

    @Test
    void misspeltOrMistypedValuesAreRefusedByTheSchema() {
        Shell.Result misspelt = helm.template(RELEASE, namespace, "--set", "watchNamespace=shop");
        assertThat(misspelt.ok()).as(misspelt::toString).isFalse();
        assertThat(misspelt.stderr()).contains("'watchNamespace' not allowed");
        Shell.Result mistyped = helm.template(RELEASE, namespace, "--set", "replicas=two");
        assertThat(mistyped.ok()).as(mistyped::toString).isFalse();
        assertThat(mistyped.stderr()).contains("/replicas").contains("want integer");
        Shell.Result unknownFormat = helm.template(RELEASE, namespace, "--set", "logging.format=xml");
        assertThat(unknownFormat.ok()).as(unknownFormat::toString).isFalse();
        assertThat(unknownFormat.stderr()).contains("/logging/format");
    }

    @Test
    void networkPolicyAndMonitoringRenderAsConfiguredAndTheServerAcceptsThem() {
        for (String crd : List.of("servicemonitors.monitoring.coreos.com", "prometheusrules.monitoring.coreos.com")) {
            cluster.createCrdIfAbsent(crd, Helm.resource(crd + ".yaml"));
        }
        Manifests rendered = helm.render(RELEASE, namespace, "-f", Helm.resource("everything-values.yaml").toString());

        JsonNode policy = rendered.one("NetworkPolicy", RELEASE).get("spec");
        assertThat(policy.at("/ingress/0/ports/0/port").asText()).isEqualTo("http");
        assertThat(policy.at("/ingress/0/from/0/namespaceSelector/matchLabels/kubernetes.io~1metadata.name").asText())
                .isEqualTo("shop");
        assertThat(policy.at("/ingress/0/from/1/podSelector/matchLabels/app").asText()).isEqualTo("order-intake");
        assertThat(strings(policy.get("policyTypes"))).containsExactly("Ingress", "Egress");
        assertThat(policy.at("/egress/0/ports/0/port").asInt()).isEqualTo(53);
        assertThat(policy.at("/egress/1/to/0/ipBlock/cidr").asText()).isEqualTo("10.96.0.1/32");

        JsonNode endpoint = rendered.one("ServiceMonitor", RELEASE).at("/spec/endpoints/0");
        assertThat(endpoint.get("port").asText() + endpoint.get("path").asText()).isEqualTo("http/q/metrics");
        ChartAssertions.assertAlerts(rendered.one("PrometheusRule", RELEASE));
        assertServerAccepts(rendered);
    }

    @Test
    void installCreatesTheOperatorsObjectsAndUninstallRemovesThem() {
        String target = cluster.namespace("helm-it-install", "pod-security.kubernetes.io/enforce=restricted");
        String release = cluster.unique("wb");
        ReleaseChecks releases = new ReleaseChecks(helm, cluster);
        helm.run("install", release, Helm.CHART.toString(), "--namespace", target).orThrow();
        try {
            releases.assertInstalled(release, target);
            releases.assertUpgradeToPostgresAndRollbackBack(release, target);
            helm.run("uninstall", release, "--namespace", target).orThrow();
            releases.assertUninstalled(release, target);
        } finally {
            helm.run("uninstall", release, "--namespace", target, "--ignore-not-found");
            cluster.kubectl("delete", "persistentvolumeclaim", release + "-waybill-data", "-n", target,
                    "--wait=false", "--ignore-not-found");
        }
    }

    /** The server validates and admits every rendered object: one "(server dry run)" line per object. */
    private static void assertServerAccepts(Manifests rendered) {
        Shell.Result applied = cluster.dryRunApply(rendered.yaml());
        assertThat(applied.ok()).as(applied::toString).isTrue();
        assertThat(applied.stdout().lines().filter(line -> !line.isBlank()).toList()).as(applied::toString)
                .hasSize(rendered.objects().size()).allMatch(line -> line.endsWith("(server dry run)"));
    }

    private static String env(JsonNode container, String name) {
        return element(container.get("env"), "name", name).get("value").asText();
    }

    private static List<JsonNode> inNamespace(List<JsonNode> objects, String ns) {
        return objects.stream().filter(o -> ns.equals(o.at("/metadata/namespace").asText())).toList();
    }

    private static List<String> yamlFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".yml") || f.endsWith(".yaml"))
                    .sorted().toList();
        }
    }
}
