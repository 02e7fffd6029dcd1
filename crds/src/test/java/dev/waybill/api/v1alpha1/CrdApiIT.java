package dev.waybill.api.v1alpha1;

import dev.waybill.testkit.Kubectl;
import dev.waybill.testkit.RealApiServer;
import dev.waybill.testkit.Repo;
import dev.waybill.testkit.Shell;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Waybill API as a platform team meets it: the CRDs and examples applied with the real kubectl to a real
 * kube-apiserver, explained, listed, and every bad resource refused by the API server with the field named.
 */
@ExtendWith(RealApiServer.class)
class CrdApiIT {

    private static final String NAMESPACE = "crd-api-it";
    private static final Path INVALID = Path.of("src/test/resources/invalid");
    private static final Path VALID = Path.of("src/test/resources/valid");

    private static Kubectl kubectl;

    @BeforeAll
    static void installCrds() {
        kubectl = Kubectl.admin();
        kubectl.run("apply", "-f", Repo.path("crds").toString()).orThrow();
        kubectl.run("wait", "--for=condition=Established", "--timeout=60s",
                "crd/fulfillmentnodes.waybill.dev", "crd/routingpolicies.waybill.dev",
                "crd/adaptercontracts.waybill.dev", "crd/ordersources.waybill.dev").orThrow();
        kubectl.run("create", "namespace", NAMESPACE);
    }

    @Test
    void examplesApplyAndAreListedByTheWaybillCategory() {
        Shell.Result applied = kubectl.run("apply", "-n", NAMESPACE, "-f", Repo.path("examples").toString()).orThrow();
        List<String> names = exampleNames();
        assertThat(names).as("examples/ holds resources").hasSizeGreaterThanOrEqualTo(11);

        Shell.Result listed = kubectl.run("get", "waybill", "-n", NAMESPACE, "-o", "name").orThrow();
        for (String name : names) {
            assertThat(listed.stdout()).as("kubectl get waybill lists %s (applied: %s)", name, applied.stdout())
                    .contains("/" + name + "\n");
        }
        Shell.Result table = kubectl.run("get", "fulfillmentnodes", "-n", NAMESPACE).orThrow();
        assertThat(table.stdout().lines().findFirst().orElseThrow())
                .contains("TYPE", "READY", "BACKLOG", "SUCCESS", "AGE");
    }

    @Test
    void kubectlExplainTeachesTheFields() {
        Shell.Result explained = kubectl.run("explain", "fulfillmentnode.spec.capacity").orThrow();
        assertThat(explained.stdout())
                .contains("How much work the node takes")
                .contains("ordersPerHour")
                .contains("Orders the node can accept per hour");
        assertThat(kubectl.run("explain", "routingpolicy.spec.rollout.percent").orThrow().stdout())
                .contains("stable per order");
    }

    @Test
    void shortNamesResolve() {
        for (String shortName : List.of("fn", "rp", "ac", "osrc")) {
            assertThat(kubectl.run("get", shortName, "-n", NAMESPACE).exitCode()).as(shortName).isZero();
        }
    }

    static Stream<Path> validResources() throws IOException {
        return list(VALID);
    }

    @ParameterizedTest(name = "{0} is accepted")
    @MethodSource("validResources")
    void baselinesAreAccepted(Path file) {
        kubectl.run("apply", "--dry-run=server", "-n", NAMESPACE, "-f", file.toString()).orThrow();
    }

    static Stream<Path> invalidResources() throws IOException {
        return list(INVALID);
    }

    @ParameterizedTest(name = "{0} is refused")
    @MethodSource("invalidResources")
    void badResourcesAreRefusedNamingTheField(Path file) throws IOException {
        String field = Files.readAllLines(file).get(0).replaceFirst("^# error names: ", "").strip();

        Shell.Result result = kubectl.run("apply", "-n", NAMESPACE, "-f", file.toString());

        assertThat(result.exitCode()).as("%s must be refused:\n%s", file.getFileName(), result).isNotZero();
        assertThat(result.stderr()).as("the refusal of %s names %s", file.getFileName(), field).contains(field);
        String name = file.getFileName().toString().replace(".yaml", "");
        assertThat(kubectl.run("get", "waybill", "-n", NAMESPACE, "-o", "name").stdout())
                .as("nothing of %s was stored", name).doesNotContain("/" + name + "\n");
    }

    @Test
    void thereAreAtLeastTwentyDistinctBadResources() throws IOException {
        assertThat(list(INVALID).count()).isGreaterThanOrEqualTo(20);
    }

    private static Stream<Path> list(Path dir) throws IOException {
        return Files.list(dir).filter(f -> f.toString().endsWith(".yaml")).sorted();
    }

    private static List<String> exampleNames() {
        try (Stream<Path> files = Files.list(Repo.path("examples"))) {
            return files.filter(f -> f.toString().endsWith(".yaml")).flatMap(CrdApiIT::namesIn).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Names of the Waybill resources (not Secrets) in one example file. */
    private static Stream<String> namesIn(Path file) {
        try {
            String[] docs = Files.readString(file).split("(?m)^---$");
            return Stream.of(docs)
                    .filter(doc -> doc.contains("apiVersion: waybill.dev/"))
                    .map(doc -> doc.replaceAll("(?s).*?\\nmetadata:\\s*\\n\\s+name:\\s*([-a-z0-9]+).*", "$1"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
