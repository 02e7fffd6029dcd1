package dev.waybill.operator.helm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waybill.testkit.Kubectl;
import dev.waybill.testkit.Shell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

/**
 * What the Helm tests do on the real API server through kubectl, as admin: namespaces of their own (named with a
 * suffix per run, so runs sharing an API server never meet), server-side dry runs, and reads.
 */
final class Cluster {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Kubectl kubectl;
    private final String suffix = Long.toString(ThreadLocalRandom.current().nextLong(1L << 30), 36);
    private final List<String> created = new ArrayList<>();

    Cluster(Kubectl kubectl) {
        this.kubectl = kubectl;
    }

    /** A name unique to this run: {@code <prefix>-<suffix>}. */
    String unique(String prefix) {
        return prefix + "-" + suffix;
    }

    /** Creates a namespace with these labels ({@code key=value}); it is deleted by {@link #deleteNamespaces()}. */
    String namespace(String prefix, String... labels) {
        String name = unique(prefix);
        kubectl.run("create", "namespace", name).orThrow();
        created.add(name);
        if (labels.length > 0) {
            List<String> args = new ArrayList<>(List.of("label", "namespace", name));
            args.addAll(Arrays.asList(labels));
            kubectl.run(args.toArray(String[]::new)).orThrow();
        }
        return name;
    }

    /** {@code kubectl apply --dry-run=server} of a YAML text: the API server validates and admits, stores nothing. */
    Shell.Result dryRunApply(String yaml) {
        return withFile(yaml, file -> kubectl.run("apply", "--dry-run=server", "-f", file.toString()));
    }

    /** {@code kubectl create --dry-run=server} of a YAML text, for objects that must be new. */
    Shell.Result dryRunCreate(String yaml) {
        return withFile(yaml, file -> kubectl.run("create", "--dry-run=server", "-f", file.toString()));
    }

    /**
     * Creates the CRD in {@code file} unless the cluster has one of that name (a real one is never replaced), and
     * waits until it is established.
     */
    void createCrdIfAbsent(String name, Path file) {
        if (!exists("crd", name)) {
            Shell.Result created = kubectl.run("create", "-f", file.toString());
            if (!created.ok() && !created.stderr().contains("AlreadyExists")) {
                throw new AssertionError(created.toString());
            }
        }
        kubectl.run("wait", "--for=condition=Established", "--timeout=60s", "crd/" + name).orThrow();
    }

    /** {@code kubectl get ... -o json}; fails with kubectl's stderr when the object is not there. */
    JsonNode get(String... args) {
        List<String> command = new ArrayList<>(List.of("get"));
        command.addAll(Arrays.asList(args));
        command.addAll(List.of("-o", "json"));
        try {
            return JSON.readTree(kubectl.run(command.toArray(String[]::new)).orThrow().stdout());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether {@code kubectl get args} finds the object (NotFound is false; any other failure fails). */
    boolean exists(String... args) {
        List<String> command = new ArrayList<>(List.of("get"));
        command.addAll(Arrays.asList(args));
        command.addAll(List.of("-o", "name"));
        Shell.Result result = kubectl.run(command.toArray(String[]::new));
        if (!result.ok() && !result.stderr().contains("NotFound")) {
            throw new AssertionError(result.toString());
        }
        return result.ok();
    }

    Shell.Result kubectl(String... args) {
        return kubectl.run(args);
    }

    /**
     * Deletes the namespaces this run made, without waiting: the local control plane has no namespace controller, so
     * they stay Terminating there, which no other test minds.
     */
    void deleteNamespaces() {
        for (String namespace : created) {
            kubectl.run("delete", "namespace", namespace, "--wait=false", "--ignore-not-found");
        }
    }

    private static Shell.Result withFile(String yaml, Function<Path, Shell.Result> action) {
        try {
            Path file = Files.createTempFile("waybill-helm", ".yaml");
            try {
                Files.writeString(file, yaml);
                return action.apply(file);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
