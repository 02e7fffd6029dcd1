package dev.waybill.operator.helm;

import dev.waybill.testkit.Repo;
import dev.waybill.testkit.Shell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The helm binary that hack/build-helm.sh builds from its Go module, pointed at one API server. Its cache,
 * configuration and data live under target/, never in the user's home.
 */
final class Helm {

    /** The chart under test. */
    static final Path CHART = Repo.path("helm/waybill");

    private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(30);
    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(3);
    private static Path binary;

    private final Path kubeconfig;
    private final Map<String, String> env;

    Helm(Path kubeconfig) {
        this.kubeconfig = kubeconfig;
        Path home = Path.of("target", "helm-home").toAbsolutePath();
        this.env = Map.of("HELM_CACHE_HOME", home.resolve("cache").toString(),
                "HELM_CONFIG_HOME", home.resolve("config").toString(),
                "HELM_DATA_HOME", home.resolve("data").toString(),
                "KUBECONFIG", kubeconfig.toString());
    }

    /** Builds helm once per test JVM (a no-op when cached) and returns its path. */
    static synchronized Path binary() {
        if (binary == null) {
            Shell.Result built = Shell.run(List.of(Repo.path("hack/build-helm.sh").toString()), Map.of(),
                    BUILD_TIMEOUT).orThrow();
            String[] lines = built.stdout().strip().split("\n");
            binary = Path.of(lines[lines.length - 1].strip());
            if (!Files.isExecutable(binary)) {
                throw new AssertionError("hack/build-helm.sh printed no executable path:\n" + built);
            }
        }
        return binary;
    }

    /** Runs {@code helm args...} against this API server; the result says whether it succeeded. */
    Shell.Result run(String... args) {
        List<String> command = new ArrayList<>(List.of(binary().toString()));
        command.addAll(List.of(args));
        command.addAll(List.of("--kubeconfig", kubeconfig.toString()));
        return Shell.run(command, env, RUN_TIMEOUT);
    }

    /** {@code helm template} of the chart as release {@code release} in {@code namespace} with these flags. */
    Shell.Result template(String release, String namespace, String... flags) {
        List<String> args = new ArrayList<>(List.of("template", release, CHART.toString(), "--namespace", namespace));
        args.addAll(List.of(flags));
        return run(args.toArray(String[]::new));
    }

    /** The rendered manifests of a template that must succeed. */
    Manifests render(String release, String namespace, String... flags) {
        return Manifests.parse(template(release, namespace, flags).orThrow().stdout());
    }

    /** A file of the test's resources under helm/, as a path helm and kubectl can read. */
    static Path resource(String name) {
        Path path = Repo.path("operator/src/test/resources/helm/" + name);
        if (!Files.exists(path)) {
            throw new UncheckedIOException(new IOException(path + " is missing"));
        }
        return path;
    }
}
