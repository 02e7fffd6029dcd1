package dev.waybill.operator;

import dev.waybill.testkit.ControlPlane;
import dev.waybill.testkit.Kubectl;
import dev.waybill.testkit.RealApiServer;
import dev.waybill.testkit.Repo;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBuilder;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import io.fabric8.kubernetes.api.model.rbac.RoleBindingBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The world the operator's integration tests run in: a real kube-apiserver with the CRDs installed, a namespace
 * to work in, and the operator running not as admin but as its own user, holding only the rules of
 * helm/waybill/files (bound in that namespace). Set {@code WAYBILL_TEST_KUBECONFIG} to use a running API server.
 */
public class OperatorTestEnvironment implements QuarkusTestResourceLifecycleManager {

    /** The namespace the operator watches and the tests work in. */
    public static final String NAMESPACE = "waybill-it";
    private static final String OPERATOR_USER = "waybill-operator";
    private static final List<String> RULE_FILES = List.of("operator-rules", "secret-rules", "leader-election-rules");

    private static Path adminKubeconfig;
    private static boolean tokenFilterAdded;
    private static Path operatorKubeconfig;
    private ControlPlane plane;

    @Override
    public Map<String, String> start() {
        String external = System.getenv("WAYBILL_TEST_KUBECONFIG");
        if (external != null && !external.isBlank()) {
            adminKubeconfig = Path.of(external);
            operatorKubeconfig = adminKubeconfig;
        } else {
            plane = ControlPlane.start(Path.of("target", "control-plane").toAbsolutePath());
            adminKubeconfig = plane.kubeconfig();
            operatorKubeconfig = plane.mintUser(OPERATOR_USER);
        }
        installCrds();
        try (KubernetesClient admin = admin()) {
            admin.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(NAMESPACE).endMetadata()
                    .build()).serverSideApply();
            RULE_FILES.forEach(file -> grant(admin, file));
        }
        System.setProperty("kubeconfig", operatorKubeconfig.toString());
        // every test request carries the all-roles token unless it sets its own (ApiAuthorizationIT does); a filter,
        // not a default request specification, since a specification would also fix the port before Quarkus sets it
        if (!tokenFilterAdded) {
            tokenFilterAdded = true;
            io.restassured.RestAssured.filters((request, response, context) -> {
                if (!request.getHeaders().hasHeaderWithName("Authorization")) {
                    request.header("Authorization", TestTokens.AUTHORIZATION);
                }
                return context.next(request, response);
            });
        }
        return Map.of("waybill.namespaces", NAMESPACE,
                "waybill.leader-election.lease-namespace", NAMESPACE,
                "waybill.api.tokens", TestTokens.file().toString(),
                "waybill.data-dir", Path.of("target", "data-" + System.nanoTime()).toAbsolutePath().toString());
    }

    @Override
    public void stop() {
        if (plane != null) {
            plane.close();
        }
    }

    /** The kubeconfig of the operator's own, least-privileged identity. */
    public static Path operatorKubeconfig() {
        return operatorKubeconfig;
    }

    /** kubectl as cluster admin: the platform team applying resources. */
    public static Kubectl kubectl() {
        return new Kubectl(adminKubeconfig);
    }

    /** A fabric8 client as cluster admin, for what the tests observe and for playing the kubelet. */
    public static KubernetesClient admin() {
        return RealApiServer.clientFor(adminKubeconfig);
    }

    /** kubectl apply of a YAML text in the test namespace, as a platform team would apply a file. */
    public static void apply(String yaml) {
        try {
            Path file = Files.createTempFile("waybill-it", ".yaml");
            Files.writeString(file, yaml);
            kubectl().run("apply", "-n", NAMESPACE, "-f", file.toString()).orThrow();
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void installCrds() {
        Kubectl kubectl = kubectl();
        kubectl.run("apply", "--server-side", "--force-conflicts", "-f", Repo.path("crds").toString()).orThrow();
        kubectl.run("wait", "--for=condition=Established", "--timeout=60s",
                "crd/fulfillmentnodes.waybill.dev", "crd/routingpolicies.waybill.dev",
                "crd/adaptercontracts.waybill.dev", "crd/ordersources.waybill.dev").orThrow();
    }

    /** A ClusterRole from one rules file, bound to the operator's user in the test namespace only. */
    private static void grant(KubernetesClient admin, String file) {
        String name = "waybill-it-" + file;
        admin.rbac().clusterRoles().resource(new ClusterRoleBuilder().withNewMetadata().withName(name).endMetadata()
                .withRules(rules(file)).build()).serverSideApply();
        admin.rbac().roleBindings().inNamespace(NAMESPACE).resource(new RoleBindingBuilder()
                .withNewMetadata().withName(name).withNamespace(NAMESPACE).endMetadata()
                .withNewRoleRef().withApiGroup("rbac.authorization.k8s.io").withKind("ClusterRole").withName(name)
                .endRoleRef()
                .addNewSubject().withApiGroup("rbac.authorization.k8s.io").withKind("User").withName(OPERATOR_USER)
                .endSubject()
                .build()).serverSideApply();
    }

    private static List<PolicyRule> rules(String file) {
        try {
            String yaml = Files.readString(Repo.path("helm/waybill/files/" + file + ".yaml"));
            return Arrays.asList(Serialization.unmarshal(yaml, PolicyRule[].class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
