package dev.waybill.operator.fulfillment;

import dev.waybill.operator.OperatorTestEnvironment;
import dev.waybill.operator.routing.RolloutBuckets;
import dev.waybill.testkit.Repo;
import dev.waybill.testkit.SimulatorProcess;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import static dev.waybill.operator.fulfillment.Trail.awaitState;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Orders through the simulated vendors show up in every example resource's {@code status.kpis}: totals grow by
 * exactly what was sent through each node, policy, contract and source, rates and latencies are there, within 15 s
 * of the orders settling; and the same figures are on {@code /q/metrics}, tagged by resource.
 */
@QuarkusTest
@QuarkusTestResource(OperatorTestEnvironment.class)
class KpisInStatusIT {

    private static final String HMAC_SECRET = "placeholder-web-us-hmac-secret";
    private static final String SHADOW = "us-cost-first";

    private SimulatorProcess simulator;
    private final List<String> orderIds = new ArrayList<>();

    @BeforeEach
    void vendors() {
        simulator = Vendors.start();
        simulator.reset();
    }

    @AfterEach
    void calm() {
        simulator.reset();
    }

    @Test
    void everyExampleResourceCountsTheOrdersSentThroughIt() throws Exception {
        try (KubernetesClient admin = OperatorTestEnvironment.admin()) {
            AssertionError first = scenario(admin);
            if (first != null) {
                // Orders of earlier tests in this JVM may still move (a held backorder is routed again every five
                // minutes): a count above ours once is theirs; above ours twice running is ours.
                System.out.println("KpisInStatusIT: other work moved the figures, running again: "
                        + first.getMessage());
                AssertionError second = scenario(admin);
                if (second != null) {
                    throw second;
                }
            }
        }
        assertMetrics();
        assertPrinterColumns();
    }

    /** Sends the orders and checks what they did to the figures; the failure, or null. */
    private AssertionError scenario(KubernetesClient admin) throws Exception {
        String run = Vendors.uniqueId("K").toUpperCase();
        orderIds.clear();
        StatusFigures before = settled(admin);
        Map<String, String> stock = new TreeMap<>();
        Vendors.NODES.forEach(node -> stock.put(run + "-" + node, node));
        for (String sku : List.of("SA", "W1", "W2", "C")) {
            stock.put(run + "-" + sku, "acme-newark");
        }
        stock.put(run + "-SB", "acme-reno");
        stock.put(run + "-NONE", "nowhere");
        Stock.onlyAt(stock);

        List<String> sent = new ArrayList<>();
        for (String node : List.of("acme-newark", "acme-reno", "store-seattle", "dropship-la")) {
            sent.add(send(standard(run + "-" + node + ":1")));
        }
        sent.add(send(standard(run + "-SA:1", run + "-SB:1")));
        for (String node : List.of("store-brooklyn", "store-boston")) {
            sent.add(send(pickup(run + "-" + node + ":1")));
        }
        sent.add(sendThroughWebUs(run + "-W", run + "-W1", run + "-W2"));
        sent.forEach(id -> awaitState(id, "Shipped", Duration.ofSeconds(40)));
        String held = send(pickup(run + "-NONE:1"));
        awaitState(held, "OnHold", Duration.ofSeconds(20));
        sent.add(held);
        sent.add(cancelledAtTheVendor(run));
        try {
            await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                    assertFigures(before, StatusFigures.read(admin)));
            return null;
        } catch (ConditionTimeoutException e) {
            return new AssertionError(e.getMessage() + "\norders sent:\n" + String.join("\n", sent.stream()
                    .map(id -> Trail.order(id).getString("orderId") + " " + Trail.state(id) + " "
                            + Trail.order(id).getList("shipments.node")).toList()), e);
        }
    }

    /**
     * The figures once no total has moved for 25 s (two KPI rounds): work earlier tests left in flight has
     * settled, so what moves next is ours.
     */
    private static StatusFigures settled(KubernetesClient admin) {
        AtomicReference<StatusFigures> last = new AtomicReference<>(StatusFigures.read(admin));
        AtomicLong since = new AtomicLong(System.nanoTime());
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            StatusFigures now = StatusFigures.read(admin);
            if (!now.totals().equals(last.getAndSet(now).totals())) {
                since.set(System.nanoTime());
            }
            return System.nanoTime() - since.get() > Duration.ofSeconds(25).toNanos();
        });
        return last.get();
    }

    private void assertFigures(StatusFigures before, StatusFigures now) {
        Map<String, long[]> nodes = Map.of("acme-newark", new long[] {4, 3}, "acme-reno", new long[] {2, 2},
                "store-seattle", new long[] {1, 1}, "dropship-la", new long[] {1, 1},
                "store-brooklyn", new long[] {1, 1}, "store-boston", new long[] {1, 1});
        nodes.forEach((node, assignedShipped) -> {
            String key = "FulfillmentNode/" + node;
            assertThat(now.delta(before, key, "assigned")).as(key + " assigned").isEqualTo(assignedShipped[0]);
            assertThat(now.delta(before, key, "shipped")).as(key + " shipped").isEqualTo(assignedShipped[1]);
            assertThat(now.delta(before, key, "failed")).as(key + " failed").isZero();
            assertThat(now.kpis(key).path("successRate").asInt(-1)).as(key + " successRate").isBetween(1, 100);
            assertThat(now.kpis(key).has("backlog")).as(key + " backlog").isTrue();
            assertThat(now.kpis(key).path("updatedAt").asText()).as(key + " updatedAt").isNotEmpty();
        });

        String standard = "RoutingPolicy/us-standard";
        assertThat(now.delta(before, standard, "routed")).as("us-standard routed").isEqualTo(7);
        assertThat(now.delta(before, standard, "compensations")).as("cancel, release and void").isEqualTo(3);
        for (String figure : List.of("p50RoutingMillis", "p99RoutingMillis", "splitRate", "acceptanceRate",
                "promiseAccuracy", "cancellationP50Millis")) {
            assertThat(now.kpis(standard).has(figure)).as(standard + " " + figure).isTrue();
        }
        assertThat(now.kpis(standard).path("splitRate").asInt()).as("one split order").isBetween(1, 100);
        assertThat(now.kpis(standard).path("p99RoutingMillis").asDouble()).isPositive();
        String sameDay = "RoutingPolicy/same-day-stores";
        assertThat(now.delta(before, sameDay, "routed")).as("same-day-stores routed").isEqualTo(2);
        assertThat(now.delta(before, sameDay, "deadLetters")).as("one backorder for a person").isEqualTo(1);
        assertThat(now.kpis(sameDay).path("manualReviewRate").asInt()).isBetween(1, 100);
        assertThat(now.kpis(sameDay).path("manualInterventionRate").asInt()).isBetween(1, 100);
        String shadow = "RoutingPolicy/" + SHADOW;
        assertThat(now.delta(before, shadow, "shadowCompared")).as("orders in the shadow's rollout")
                .isEqualTo(orderIds.stream().filter(id -> RolloutBuckets.takes(50, SHADOW, id)).count());
        assertThat(now.count(shadow, "shadowDisagreements")).isLessThanOrEqualTo(now.count(shadow, "shadowCompared"));

        for (String contract : List.of("acme-3pl", "corner-stores", "dropship-direct", "payments")) {
            String key = "AdapterContract/" + contract;
            assertThat(now.delta(before, key, "requests")).as(key + " requests").isPositive();
            assertThat(now.kpis(key).path("p99Millis").asDouble()).as(key + " p99Millis").isPositive();
            assertThat(now.kpis(key).has("errorRate")).as(key + " errorRate").isTrue();
            assertThat(now.status(key).path("circuitState").asText()).isEqualTo("Closed");
        }
        assertThat(now.delta(before, "AdapterContract/dropship-direct", "requests")).isEqualTo(1);

        String source = "OrderSource/web-us";
        assertThat(now.delta(before, source, "received")).isEqualTo(2);
        assertThat(now.delta(before, source, "accepted")).isEqualTo(1);
        assertThat(now.delta(before, source, "rejected")).isEqualTo(1);
    }

    /** An order at acme-newark cancelled while the vendor holds it: the cancel, the release, the payment's void. */
    private String cancelledAtTheVendor(String run) {
        simulator.timing("{\"auto\":false}");
        String id = send(standard(run + "-C:1"));
        awaitState(id, "Dispatched", Duration.ofSeconds(30));
        given().contentType("application/json").body("{}").post("/api/v1/orders/" + id + "/cancel").then()
                .statusCode(202);
        awaitState(id, "Cancelled", Duration.ofSeconds(20));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(Trail.steps(id))
                .contains("Compensated/Voided"));
        return id;
    }

    private void assertMetrics() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        String ns = "namespace=\"" + OperatorTestEnvironment.NAMESPACE + "\"";
        assertThat(metrics)
                .containsPattern("waybill_orders_received_total\\{[^}]*" + ns + "[^}]*source=\"web-us\"")
                .containsPattern("waybill_orders_accepted_total\\{[^}]*source=\"\\(api\\)\"")
                .containsPattern("waybill_orders_rejected_total\\{[^}]*source=\"web-us\"[^}]*status=\"401\"")
                .containsPattern("waybill_routed_total\\{[^}]*outcome=\"RoutedSplit\"[^}]*policy=\"us-standard\"")
                .containsPattern("waybill_routing_seconds_bucket\\{[^}]*policy=\"us-standard\"")
                .containsPattern("waybill_routing_seconds\\{[^}]*policy=\"us-standard\"[^}]*quantile=\"0.99\"")
                .containsPattern("waybill_shadow_compared_total\\{[^}]*agrees=\"(true|false)\"[^}]*policy=\""
                        + SHADOW + "\"")
                .containsPattern("waybill_shipments_total\\{[^}]*node=\"dropship-la\"[^}]*state=\"shipped\"")
                .containsPattern("waybill_vendor_calls_total\\{[^}]*contract=\"payments\"[^}]*operation=\"void\""
                        + "[^}]*outcome=\"success\"")
                .containsPattern("waybill_vendor_call_seconds_bucket\\{[^}]*contract=\"acme-3pl\"")
                .containsPattern("waybill_circuit_state\\{[^}]*contract=\"acme-3pl\"[^}]*\\} 0.0")
                .containsPattern("waybill_compensations_total\\{[^}]*kind=\"Voided\"[^}]*policy=\"us-standard\"")
                .containsPattern("waybill_exceptions_open\\{[^}]*reason=\"Backorder\"")
                .containsPattern("waybill_backlog_oldest_seconds\\{[^}]*node=\"acme-newark\"");
        assertThat(metrics).as("no order ids in tags").doesNotContain(orderIds.get(0));
    }

    private static void assertPrinterColumns() {
        String nodes = OperatorTestEnvironment.kubectl().run("get", "fn", "-n", OperatorTestEnvironment.NAMESPACE,
                "acme-newark").orThrow().stdout();
        assertThat(nodes.lines().findFirst().orElseThrow()).contains("BACKLOG", "SUCCESS");
        assertThat(nodes.lines().skip(1).findFirst().orElseThrow()).doesNotContain("<none>");
        String contracts = OperatorTestEnvironment.kubectl().run("get", "ac", "-n",
                OperatorTestEnvironment.NAMESPACE, "acme-3pl").orThrow().stdout();
        assertThat(contracts).contains("Closed").doesNotContain("<none>");
        String sources = OperatorTestEnvironment.kubectl().run("get", "osrc", "-n",
                OperatorTestEnvironment.NAMESPACE, "web-us").orThrow().stdout();
        assertThat(sources).doesNotContain("<none>");
        String policies = OperatorTestEnvironment.kubectl().run("get", "rp", "-n",
                OperatorTestEnvironment.NAMESPACE, "us-standard").orThrow().stdout();
        assertThat(policies).doesNotContain("<none>");
    }

    private String standard(String... lines) {
        String orderId = Vendors.uniqueId("KS");
        orderIds.add(orderId);
        return Vendors.order(orderId, lines);
    }

    private String pickup(String... lines) {
        String orderId = Vendors.uniqueId("KP");
        orderIds.add(orderId);
        return Vendors.order(orderId, lines).replace("\"shippingMethod\":\"standard\"",
                "\"shippingMethod\":\"pickup\"");
    }

    private static String send(String order) {
        return Vendors.send(order);
    }

    /** One order in the web shop's own format, signed; and the same payload once with a wrong signature. */
    private String sendThroughWebUs(String orderNumber, String sku1, String sku2) throws IOException {
        orderIds.add(orderNumber);
        String body = Files.readString(Repo.path("examples/orders/web-us-native-W-2001.json"))
                .replace("W-2001", orderNumber).replace("\" abc-123 \"", "\"" + sku1 + "\"")
                .replace("\"mug-001\"", "\"" + sku2 + "\"").replace("2026-12-01T00:00:00Z", "2030-01-01T00:00:00Z");
        given().contentType("application/json").header("X-Signature", sign(body + " ")).body(body)
                .queryParam("namespace", OperatorTestEnvironment.NAMESPACE)
                .post("/api/v1/sources/web-us/orders").then().statusCode(401);
        return given().contentType("application/json").header("X-Signature", sign(body)).body(body)
                .queryParam("namespace", OperatorTestEnvironment.NAMESPACE)
                .post("/api/v1/sources/web-us/orders").then().statusCode(202).extract().path("id");
    }

    private static String sign(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(HMAC_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
