package dev.waybill.operator.durability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waybill.operator.OperatorProcess;
import dev.waybill.operator.OperatorTestEnvironment;
import dev.waybill.operator.WiredSimulator;
import dev.waybill.operator.TestTokens;
import dev.waybill.testkit.Repo;
import dev.waybill.testkit.SimulatorProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The operator is killed (SIGKILL) after a vendor took a shipment and before the operator wrote down the answer.
 * Restarted on the same store, it delivers the Dispatch command again, knowing it may have been sent: a vendor with
 * lookup is asked first and is not sent a second create; a vendor with neither lookup nor idempotency keys goes to a
 * person (UnknownOutcome), never a blind resend.
 */
class CrashAfterVendorCallProcessIT {

    private static final String NAMESPACE = OperatorTestEnvironment.NAMESPACE;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static WiredSimulator vendors;
    private static SimulatorProcess simulator;
    private static int port;

    @BeforeAll
    static void start() throws IOException {
        vendors = WiredSimulator.start();
        simulator = vendors.simulator();
        port = vendors.port();
    }

    @AfterAll
    static void stop() {
        vendors.close();
    }

    /** The order after the restart, its audit trail as "type/outcome", and its exceptions as JSON. */
    private record Settled(JsonNode order, java.util.List<String> events, String exceptions) {
    }

    @Test
    void a3plWithLookupIsAskedAndNotSentASecondCreate() throws Exception {
        Settled settled = crashAfterVendorTookIt("acme-newark", "acme-3pl", "crash-3pl");

        assertThat(settled.order().path("state").asText()).as(settled.events().toString())
                .isIn("Dispatched", "Shipped");
        String shipment = settled.order().path("shipments").get(0).path("id").asText();
        assertThat(ledger(shipment).path("createCount").asInt()).isEqualTo(1);
        assertThat(settled.events()).contains("Dispatched/FoundByLookup");
    }

    @Test
    void anUploadOnlyVendorGoesToAPersonNotToASecondUpload() throws Exception {
        Settled settled = crashAfterVendorTookIt("dropship-la", "dropship-direct", "crash-upload");

        assertThat(settled.order().path("state").asText()).as(settled.events().toString()).isEqualTo("OnHold");
        String shipment = settled.order().path("shipments").get(0).path("id").asText();
        assertThat(ledger(shipment).path("createCount").asInt()).isEqualTo(1);
        assertThat(settled.events()).contains("DispatchFailed/UnknownOutcome");
        assertThat(settled.exceptions()).contains("UnknownOutcome");
    }

    /** Sends an order to {@code node}, kills the operator once the vendor holds it, restarts; the settled order. */
    private Settled crashAfterVendorTookIt(String node, String vendor, String name) throws Exception {
        simulator.reset();
        simulator.timing("{\"auto\":false}");
        simulator.faults("{\"vendor\":\"" + vendor + "\",\"timeoutAfterAcceptRate\":1.0}");
        // the restart opens the crashed process's store
        Path data = Files.createTempDirectory(Path.of("target").toAbsolutePath(), name + "-data");
        Map<String, String> env = Map.of("WAYBILL_DATA_DIR", data.toString(), "WAYBILL_DISPATCH_LEASE", "5s");
        OperatorProcess first = vendors.startOperator(name + "-1", env);
        String id;
        try {
            String order = order(name);
            // the model is built from the resources after start: route only once it sends the order to the node
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
                onlyAt(node, "CR-A");
                return post("/api/v1/routing/preview?namespace=" + NAMESPACE, order).body()
                        .contains("\"shipments\":[{\"node\":{\"namespace\":\"" + NAMESPACE + "\",\"name\":\"" + node);
            });
            id = JSON.readTree(post("/api/v1/orders?namespace=" + NAMESPACE, order).body()).path("id").asText();
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                    .until(() -> ledger(id + "-1") != null);
        } finally {
            first.process().destroyForcibly(); // SIGKILL while the vendor's answer is still on its way
            first.process().waitFor(10, TimeUnit.SECONDS);
        }
        OperatorProcess second = vendors.startOperator(name + "-2", env);
        try {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() ->
                    events(id).stream().anyMatch(e -> e.startsWith("Dispatched/") || e.startsWith("DispatchFailed/")));
            return new Settled(JSON.readTree(get("/api/v1/orders/" + id).body()), events(id),
                    get("/api/v1/exceptions?state=all&order=" + id).body());
        } finally {
            second.process().destroy();
            second.process().waitFor(20, TimeUnit.SECONDS);
        }
    }

    private static void onlyAt(String node, String sku) throws Exception {
        for (String each : new String[] {"acme-newark", "acme-reno", "store-brooklyn", "store-boston",
                "store-seattle", "dropship-la"}) {
            HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/nodes/" + each + "/inventory?namespace="
                            + NAMESPACE)).header("Authorization", TestTokens.AUTHORIZATION).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("[{\"sku\":\"" + sku + "\",\"available\":"
                            + (each.equals(node) ? 10 : 0) + "}]")).build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private static String order(String prefix) throws IOException {
        return Files.readString(Repo.path("examples/orders/SO-1001.json"))
                .replace("SO-1001", prefix + "-" + System.nanoTime()).replace("ABC-123", "CR-A")
                .replace("2026-11-30T00:00:00Z", "2030-01-01T00:00:00Z");
    }

    private static JsonNode ledger(String reference) throws IOException {
        for (JsonNode entry : JSON.readTree(simulator.ledgerJson())) {
            if (reference.equals(entry.path("reference").asText())) {
                return entry;
            }
        }
        return null;
    }

    private static java.util.List<String> events(String id) throws Exception {
        java.util.List<String> steps = new java.util.ArrayList<>();
        JSON.readTree(get("/api/v1/orders/" + id + "/events").body())
                .forEach(e -> steps.add(e.path("type").asText() + "/" + e.path("outcome").asText()));
        return steps;
    }

    private static String base() {
        return "http://127.0.0.1:" + port;
    }

    private static HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base() + path)).header("Content-Type", "application/json")
                .header("Authorization", TestTokens.AUTHORIZATION)
                .timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(10))
                .header("Authorization", TestTokens.AUTHORIZATION).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
