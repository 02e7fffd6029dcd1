package dev.waybill.testkit;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A real etcd + kube-apiserver started by {@code hack/control-plane.sh} in a state directory of its own.
 * Starting builds the binaries on first use (cached outside the repository).
 */
public final class ControlPlane implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(40);

    private final Path stateDir;
    private final Path kubeconfig;

    private ControlPlane(Path stateDir, Path kubeconfig) {
        this.stateDir = stateDir;
        this.kubeconfig = kubeconfig;
    }

    /** Starts a control plane whose files live in {@code stateDir}; returns once it is ready. */
    public static ControlPlane start(Path stateDir) {
        Shell.Result result = script("start", stateDir, START_TIMEOUT).orThrow();
        String[] lines = result.stdout().strip().split("\n");
        String last = lines[lines.length - 1];
        if (!last.startsWith("export KUBECONFIG=")) {
            throw new AssertionError("control-plane.sh start printed no KUBECONFIG line:\n" + result);
        }
        return new ControlPlane(stateDir, Path.of(last.substring("export KUBECONFIG=".length()).replace("\"", "")));
    }

    /** Mints a client certificate for a user with no rights until RBAC grants some; returns its kubeconfig. */
    public Path mintUser(String name, String... groups) {
        List<String> command = new java.util.ArrayList<>(List.of(scriptPath(), "mint-user", name));
        command.addAll(List.of(groups));
        Shell.Result result = Shell.run(command, env(stateDir), Duration.ofSeconds(30)).orThrow();
        String[] lines = result.stdout().strip().split("\n");
        return Path.of(lines[lines.length - 1].strip());
    }

    public Path kubeconfig() {
        return kubeconfig;
    }

    public Path stateDir() {
        return stateDir;
    }

    /** Stops etcd and kube-apiserver; nothing of this control plane keeps running. */
    @Override
    public void close() {
        script("stop", stateDir, Duration.ofSeconds(60)).orThrow();
    }

    static Shell.Result script(String verb, Path stateDir, Duration timeout) {
        return Shell.run(List.of(scriptPath(), verb), env(stateDir), timeout);
    }

    private static String scriptPath() {
        return Repo.path("hack/control-plane.sh").toString();
    }

    private static Map<String, String> env(Path stateDir) {
        return Map.of("WAYBILL_CP_DIR", stateDir.toAbsolutePath().toString());
    }
}
