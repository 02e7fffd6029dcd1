package dev.waybill.operator.fulfillment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waybill.api.v1alpha1.contract.AdapterContract;
import dev.waybill.api.v1alpha1.meta.Condition;
import dev.waybill.operator.OperatorTestEnvironment;
import dev.waybill.operator.SimulatedExamples;
import dev.waybill.testkit.Repo;
import dev.waybill.testkit.SimulatorProcess;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.restassured.RestAssured;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/**
 * The examples running against the vendor simulator, for the fulfillment scenarios: the example resources applied
 * with their contracts pointed at a simulator process whose webhooks come back to the operator under test, and
 * helpers that steer an order to one node (by inventory snapshots) and read what vendors hold.
 */
final class Vendors {

    static final List<String> NODES = List.of("acme-newark", "acme-reno", "store-brooklyn", "store-boston",
            "store-seattle", "dropship-la");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static SimulatorProcess simulator;

    private Vendors() {
    }

    /** Starts the simulator (once; from a test or @BeforeEach) and applies the examples pointed at it; waits until every contract is Ready. */
    static synchronized SimulatorProcess start() {
        if (simulator == null) {
            if (RestAssured.port <= 0) {
                throw new IllegalStateException("start the vendors from @BeforeEach: the operator's port is not known");
            }
            simulator = SimulatorProcess.start("http://localhost:" + RestAssured.port + "/api/v1/webhooks/"
                    + OperatorTestEnvironment.NAMESPACE);
            Runtime.getRuntime().addShutdownHook(new Thread(simulator::close));
        }
        try (KubernetesClient admin = OperatorTestEnvironment.admin()) {
            if (!pointedAtSimulator(admin)) {
                // first use, or another test applied the plain examples (localhost:9090) meanwhile
                OperatorTestEnvironment.kubectl().run("apply", "-n", OperatorTestEnvironment.NAMESPACE, "-f",
                        SimulatedExamples.at(simulator.baseUrl()).toString()).orThrow();
                await().atMost(Duration.ofSeconds(30)).until(() -> pointedAtSimulator(admin));
            }
        }
        return simulator;
    }

    /** Every example contract calls the simulator and is Ready at its current generation. */
    private static boolean pointedAtSimulator(KubernetesClient admin) {
        return admin.resources(AdapterContract.class).inNamespace(OperatorTestEnvironment.NAMESPACE).list()
                .getItems().stream().filter(c -> c.getSpec().baseUrl.startsWith(simulator.baseUrl()))
                .filter(c -> c.getStatus() != null && c.getStatus().observedGeneration != null
                        && c.getStatus().observedGeneration.equals(c.getMetadata().getGeneration())
                        && c.getStatus().condition("Ready").map(r -> r.status == Condition.Status.True)
                        .orElse(false)).count() == 4;
    }

    /**
     * A new generation of the contract (its rate limit nudged), so the operator builds a fresh connector: a closed
     * circuit and an unspent retry budget, whatever earlier tests did to the vendor.
     */
    static void freshConnector(String contract) {
        int rate = 50 + (int) (System.nanoTime() % 40);
        try (KubernetesClient admin = OperatorTestEnvironment.admin()) {
            var resource = admin.resources(AdapterContract.class).inNamespace(OperatorTestEnvironment.NAMESPACE)
                    .withName(contract);
            long generation = resource.edit(c -> {
                c.getSpec().resilience.rateLimit = new dev.waybill.api.v1alpha1.contract.RateLimit();
                c.getSpec().resilience.rateLimit.requestsPerSecond = (double) rate;
                return c;
            }).getMetadata().getGeneration();
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                AdapterContract now = resource.get();
                return now.getStatus() != null && now.getStatus().observedGeneration != null
                        && now.getStatus().observedGeneration >= generation;
            });
        }
    }

    /** Makes {@code skus} available (as our snapshots say) at {@code node} only. */
    static void onlyAt(String node, String... skus) {
        for (String each : NODES) {
            List<Map<String, Object>> items = new ArrayList<>();
            for (String sku : skus) {
                items.add(Map.of("sku", sku, "available", each.equals(node) ? 100 : 0));
            }
            given().contentType("application/json").body(items).queryParam("namespace",
                    OperatorTestEnvironment.NAMESPACE).put("/api/v1/nodes/" + each + "/inventory")
                    .then().statusCode(200);
        }
    }

    /** Makes {@code skus} available at each of {@code nodes}, nowhere else. */
    static void at(List<String> nodes, String... skus) {
        for (String each : NODES) {
            List<Map<String, Object>> items = new ArrayList<>();
            for (String sku : skus) {
                items.add(Map.of("sku", sku, "available", nodes.contains(each) ? 100 : 0));
            }
            given().contentType("application/json").body(items).queryParam("namespace",
                    OperatorTestEnvironment.NAMESPACE).put("/api/v1/nodes/" + each + "/inventory")
                    .then().statusCode(200);
        }
    }

    /**
     * A canonical order (SO-1001's customer and address) with the given lines, each {@code "sku:quantity"}; line ids
     * are 1, 2, ...; the promise is far ahead so no cut-off matters.
     */
    static String order(String orderId, String... lines) {
        StringBuilder json = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String[] p = lines[i].split(":");
            json.append(i == 0 ? "" : ",").append("{\"lineId\":\"").append(i + 1).append("\",\"sku\":\"")
                    .append(p[0]).append("\",\"quantity\":").append(p[1]).append(",\"unitPrice\":\"5.00\"}");
        }
        try {
            String sample = Files.readString(Repo.path("examples/orders/SO-1001.json"));
            JsonNode order = JSON.readTree(sample.replace("\"SO-1001\"", "\"" + orderId + "\"")
                    .replace("2026-11-30T00:00:00Z", "2030-01-01T00:00:00Z"));
            ((com.fasterxml.jackson.databind.node.ObjectNode) order).set("lines", JSON.readTree("[" + json + "]"));
            return order.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Takes an order and returns its id. */
    static String send(String orderJson) {
        return given().contentType("application/json").body(orderJson).queryParam("namespace",
                OperatorTestEnvironment.NAMESPACE).post("/api/v1/orders").then().statusCode(202).extract().path("id");
    }

    static String uniqueId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The simulator's ledger entries for one of our shipments (by the reference the vendor got). */
    static List<JsonNode> ledger(String reference) {
        try {
            List<JsonNode> entries = new ArrayList<>();
            JSON.readTree(simulator.ledgerJson()).forEach(e -> {
                if (reference.equals(e.path("reference").asText())) {
                    entries.add(e);
                }
            });
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
