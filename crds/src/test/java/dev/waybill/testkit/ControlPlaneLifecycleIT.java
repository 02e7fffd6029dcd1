package dev.waybill.testkit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * hack/control-plane.sh as a user runs it: start is quick once built, honest about its version, idempotent,
 * enforces RBAC for minted users, and stop leaves no process behind.
 */
class ControlPlaneLifecycleIT {

    private static final Path STATE = Path.of("target", "control-plane-lifecycle").toAbsolutePath();

    @AfterAll
    static void stopIfLeftRunning() {
        ControlPlane.script("stop", STATE, Duration.ofSeconds(60));
    }

    @Test
    void startsQuicklyServesRbacAndStopsCleanly() {
        Shell.run(List.of(Repo.path("hack/build-control-plane.sh").toString()), Map.of(), Duration.ofMinutes(40))
                .orThrow();

        long started = System.nanoTime();
        ControlPlane plane = ControlPlane.start(STATE);
        Duration startup = Duration.ofNanos(System.nanoTime() - started);
        System.out.printf("control plane started in %d ms%n", startup.toMillis());
        assertThat(startup).as("start once built").isLessThan(Duration.ofSeconds(30));

        Kubectl admin = new Kubectl(plane.kubeconfig());
        assertThat(admin.run("get", "--raw", "/version").orThrow().stdout()).contains("\"gitVersion\": \"v1.34.4\"");
        assertThat(admin.run("auth", "can-i", "list", "pods", "--all-namespaces").stdout().strip()).isEqualTo("yes");

        assertThat(ControlPlane.start(STATE).kubeconfig()).as("a second start reuses the running one")
                .isEqualTo(plane.kubeconfig());

        Kubectl nobody = new Kubectl(plane.mintUser("lifecycle-nobody"));
        Shell.Result forbidden = nobody.run("get", "pods", "-n", "default");
        assertThat(forbidden.exitCode()).isNotZero();
        assertThat(forbidden.stderr()).contains("Forbidden").contains("lifecycle-nobody");

        plane.close();
        assertThat(processesOf(STATE)).as("nothing of the control plane is left after stop").isEmpty();
        assertThat(ControlPlane.script("env", STATE, Duration.ofSeconds(10)).exitCode()).isNotZero();
        ControlPlane.script("stop", STATE, Duration.ofSeconds(30)).orThrow();
    }

    private static List<String> processesOf(Path stateDir) {
        String out = Shell.run(List.of("pgrep", "-af", stateDir.toString()), Map.of(), Duration.ofSeconds(10)).stdout();
        return out.lines().filter(line -> line.contains("etcd") || line.contains("kube-apiserver")).toList();
    }
}
