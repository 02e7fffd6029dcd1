package dev.waybill.operator;

import dev.waybill.testkit.ControlPlane;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.nio.file.Path;
import java.util.Map;

/**
 * Gives a {@code @QuarkusTest} a real kube-apiserver: the Quarkus-managed KubernetesClient reads the kubeconfig this
 * resource points it at. Set {@code WAYBILL_TEST_KUBECONFIG} to use a running API server instead.
 */
public class RealApiServerResource implements QuarkusTestResourceLifecycleManager {

    private ControlPlane plane;

    @Override
    public Map<String, String> start() {
        String external = System.getenv("WAYBILL_TEST_KUBECONFIG");
        Path kubeconfig;
        if (external != null && !external.isBlank()) {
            kubeconfig = Path.of(external);
        } else {
            plane = ControlPlane.start(Path.of("target", "control-plane").toAbsolutePath());
            kubeconfig = plane.kubeconfig();
        }
        System.setProperty("kubeconfig", kubeconfig.toString());
        return Map.of();
    }

    @Override
    public void stop() {
        if (plane != null) {
            plane.close();
        }
    }
}
