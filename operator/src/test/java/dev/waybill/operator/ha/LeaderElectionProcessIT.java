package dev.waybill.operator.ha;

import dev.waybill.api.v1alpha1.contract.AdapterContract;
import dev.waybill.api.v1alpha1.meta.Condition;
import dev.waybill.operator.OperatorProcess;
import dev.waybill.operator.OperatorTestEnvironment;
import io.fabric8.kubernetes.api.model.coordination.v1.Lease;
import io.fabric8.kubernetes.client.KubernetesClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two operator processes (the packaged jar, as a Deployment runs it) share one Lease: one leads and reconciles,
 * the other waits; killed with SIGKILL, the leader is replaced within 20 s and reconciling goes on.
 */
class LeaderElectionProcessIT {

    private static final OperatorTestEnvironment ENVIRONMENT = new OperatorTestEnvironment();
    private static final List<Replica> REPLICAS = new ArrayList<>();

    /** One operator process and the port its HTTP API listens on. */
    record Replica(Process process, int port, Path log) {
        boolean leads() {
            try {
                HttpResponse<String> ready = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.ofString());
                return ready.body().replaceAll("\\s", "").contains("\"leader\":true");
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    @BeforeAll
    static void startTwoReplicas() throws IOException {
        ENVIRONMENT.start();
        for (int i = 0; i < 2; i++) {
            REPLICAS.add(launch(i));
        }
    }

    @AfterAll
    static void stopEverything() {
        REPLICAS.forEach(r -> r.process().destroyForcibly());
        ENVIRONMENT.stop();
    }

    @Test
    void oneReplicaLeadsAndTheOtherTakesOverWhenItIsKilled() throws Exception {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(REPLICAS.stream().filter(Replica::leads).count()).as("exactly one leader").isEqualTo(1));
        Replica leader = REPLICAS.stream().filter(Replica::leads).findFirst().orElseThrow();
        Replica standby = REPLICAS.stream().filter(r -> r != leader).findFirst().orElseThrow();
        assertThat(holder()).contains("-" + leader.process().pid() + "-");
        // source intake needs the compiled OrderSources, which only the leader keeps: the standby says "retry"
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).ignoreExceptions()
                .until(() -> ready(standby)); // a standby is ready too: it takes canonical orders
        assertThat(sourceIntake(standby).statusCode()).isEqualTo(503);
        assertThat(sourceIntake(standby).headers().firstValue("Retry-After")).contains("1");
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(250))
                .until(() -> sourceIntake(leader).statusCode() == 404); // the leader knows there is no such source
        applyContract("ha-before");
        await().atMost(Duration.ofSeconds(15)).until(() -> ready("ha-before"));

        leader.process().destroyForcibly();
        long killed = System.nanoTime();

        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250)).until(standby::leads);
        System.out.printf("standby took over %d ms after the leader was killed%n",
                Duration.ofNanos(System.nanoTime() - killed).toMillis());
        assertThat(holder()).contains("-" + standby.process().pid() + "-");
        applyContract("ha-after");
        await().atMost(Duration.ofSeconds(15)).until(() -> ready("ha-after"));
        // the new leader compiles its sources once it has read every watched resource
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(250))
                .until(() -> sourceIntake(standby).statusCode() == 404);
    }

    private static boolean ready(Replica replica) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + replica.port()
                + "/q/health/ready")).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    }

    /** An order for a source that does not exist, to the replica's source intake. */
    private static HttpResponse<String> sourceIntake(Replica replica) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + replica.port()
                        + "/api/v1/sources/no-such-source/orders")).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Replica launch(int index) throws IOException {
        OperatorProcess process = OperatorProcess.start("ha-replica-" + index);
        return new Replica(process.process(), process.port(), process.log());
    }

    private static String holder() {
        try (KubernetesClient admin = OperatorTestEnvironment.admin()) {
            Lease lease = admin.leases().inNamespace(OperatorTestEnvironment.NAMESPACE).withName("waybill-operator").get();
            return lease == null ? "" : lease.getSpec().getHolderIdentity();
        }
    }

    private static void applyContract(String name) {
        OperatorTestEnvironment.apply("""
                apiVersion: waybill.dev/v1alpha1
                kind: AdapterContract
                metadata: { name: %s }
                spec:
                  schemaVersion: "1"
                  baseUrl: http://localhost:9090/%s
                  operations: { create: { method: POST, path: /orders } }
                """.formatted(name, name));
    }

    private static boolean ready(String name) {
        try (KubernetesClient admin = OperatorTestEnvironment.admin()) {
            return Optional.ofNullable(admin.resources(AdapterContract.class).inNamespace(OperatorTestEnvironment.NAMESPACE)
                    .withName(name).get()).flatMap(c -> c.getStatus() == null ? Optional.empty()
                    : c.getStatus().condition("Ready")).map(c -> c.status == Condition.Status.True).orElse(false);
        }
    }
}
