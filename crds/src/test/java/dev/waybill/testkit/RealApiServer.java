package dev.waybill.testkit;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * JUnit extension that gives a test class a real kube-apiserver: one per test JVM (so one per module's suite),
 * started through hack/control-plane.sh and stopped when the suite ends. Set {@code WAYBILL_TEST_KUBECONFIG}
 * to run the suite against an API server that is already up instead.
 */
public final class RealApiServer implements BeforeAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(RealApiServer.class);

    private static volatile Path kubeconfig;

    @Override
    public void beforeAll(ExtensionContext context) {
        ExtensionContext.Store store = context.getRoot().getStore(NAMESPACE);
        Running running = store.getOrComputeIfAbsent(Running.class, key -> Running.start(), Running.class);
        kubeconfig = running.kubeconfig();
    }

    /** The admin kubeconfig of the suite's API server. */
    public static Path kubeconfig() {
        if (kubeconfig == null) {
            throw new IllegalStateException("annotate the test class with @ExtendWith(RealApiServer.class)");
        }
        return kubeconfig;
    }

    /** A fabric8 client with admin rights on the suite's API server. */
    public static KubernetesClient client() {
        return clientFor(kubeconfig());
    }

    /** A fabric8 client for the identity in the given kubeconfig. */
    public static KubernetesClient clientFor(Path kubeconfigFile) {
        try {
            Config config = Config.fromKubeconfig(Files.readString(kubeconfigFile));
            return new KubernetesClientBuilder().withConfig(config).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The control plane the suite runs on; closed by JUnit when the root context closes. */
    private record Running(ControlPlane owned, Path kubeconfig) implements ExtensionContext.Store.CloseableResource {

        static Running start() {
            String external = System.getenv("WAYBILL_TEST_KUBECONFIG");
            if (external != null && !external.isBlank()) {
                return new Running(null, Path.of(external));
            }
            ControlPlane plane = ControlPlane.start(Path.of("target", "control-plane").toAbsolutePath());
            return new Running(plane, plane.kubeconfig());
        }

        @Override
        public void close() {
            if (owned != null) {
                owned.close();
            }
        }
    }
}
