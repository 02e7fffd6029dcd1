package dev.waybill.operator.e2e;

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
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The vendor simulator's manifest for `make e2e` (hack/e2e/simulator.yaml), filled in as hack/e2e.sh fills it, is
 * admitted by a real API server into a namespace that enforces (and warns about) Pod Security "restricted", as the
 * e2e namespace does. `make e2e` itself needs a cluster with nodes; this is the part that can be checked here.
 */
@ExtendWith(RealApiServer.class)
class SimulatorManifestIT {

    private static Kubectl kubectl;
    private static String namespace;

    @BeforeAll
    static void restrictedNamespace() {
        kubectl = Kubectl.admin();
        namespace = "e2e-manifest-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 30), 36);
        kubectl.run("create", "namespace", namespace).orThrow();
        kubectl.run("label", "namespace", namespace, "pod-security.kubernetes.io/enforce=restricted",
                "pod-security.kubernetes.io/warn=restricted").orThrow();
    }

    @AfterAll
    static void deleteNamespace() {
        if (namespace != null) {
            kubectl.run("delete", "namespace", namespace, "--wait=false");
        }
    }

    @Test
    void theFilledInManifestIsAdmittedUnderRestrictedPodSecurity() throws IOException {
        String yaml = Files.readString(Repo.path("hack/e2e/simulator.yaml"))
                .replace("__SIM_IMAGE__", "waybill/vendor-simulator:0.1.0")
                .replace("__CALLBACK_BASE__", "http://waybill." + namespace + ".svc:8080/api/v1/webhooks/" + namespace);
        assertThat(yaml).doesNotContain("__");
        Path file = Files.createTempFile("simulator", ".yaml");
        try {
            Files.writeString(file, yaml);
            Shell.Result applied = kubectl.run("apply", "--dry-run=server", "-n", namespace, "-f", file.toString())
                    .orThrow();
            assertThat(applied.stdout()).contains("deployment.apps/waybill-vendor-simulator",
                    "service/waybill-vendor-simulator");
            assertThat(applied.stderr()).as("warnings of the API server").doesNotContainIgnoringCase("PodSecurity");
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
