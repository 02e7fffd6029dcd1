package dev.waybill.operator.security;

import com.fasterxml.jackson.databind.JsonNode;
import dev.waybill.operator.OperatorTestEnvironment;
import dev.waybill.testkit.SimulatorProcess;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The paths an order carrying {@link PlantedPii} takes in {@link PiiScanProcessIT}, success and failure, each ended
 * where a person or a vendor leaves it. Vendors progress only when told (timing auto off), so every state is
 * reached on purpose: acme-newark ships by a webhook that names the recipient, or is cancelled; dropship-la
 * refuses quoting the request back, then loses an answer (an unknown outcome); store-boston is down. A routing
 * policy that fails on the orders' postal code is tried first.
 */
final class PiiScenarios {

    /** Applied by {@link #run()}; the test deletes it when done. */
    static final String ZIP_RANGE_POLICY_NAME = "pii-zip-range";
    private static final Duration SETTLES_WITHIN = Duration.ofSeconds(30);
    /**
     * A policy routing by ZIP range, tried first: {@code int()} of a ZIP+4 code fails, and CEL's message quotes the
     * value it could not read. The policy is passed over and the orders go on to us-standard.
     */
    private static final String ZIP_RANGE_POLICY = """
            apiVersion: waybill.dev/v1alpha1
            kind: RoutingPolicy
            metadata: { name: pii-zip-range }
            spec:
              priority: 500
              match: "order.shipTo.country == 'US' && int(order.shipTo.postalCode) < 10000"
              mode: Active
              candidates: { nodeSelector: { matchLabels: { waybill.dev/network: stores } } }
              onNoCandidate: ManualReview
            """;

    private final OperatorCalls calls;
    private final SimulatorProcess simulator;
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    PiiScenarios(OperatorCalls calls, SimulatorProcess simulator) {
        this.calls = calls;
        this.simulator = simulator;
    }

    /** Runs every scenario; the orders by scenario (Waybill's ids). */
    Map<String, String> run() {
        OperatorTestEnvironment.apply(ZIP_RANGE_POLICY);
        simulator.reset();
        simulator.timing("{\"auto\":false}");
        simulator.faults("{\"vendor\":\"dropship-direct\",\"refuseEchoRate\":1}");
        simulator.faults("{\"vendor\":\"corner-stores\",\"errorRate\":1}");
        calls.stock(Map.of("PII-SHIP", "acme-newark", "PII-CANCEL", "acme-newark", "PII-ECHO", "dropship-la",
                "PII-UNKNOWN", "dropship-la", "PII-DOWN", "store-boston"));
        calls.awaitRoutedTo("acme-newark", "PII-SHIP", ZIP_RANGE_POLICY_NAME);

        Map<String, String> orders = new LinkedHashMap<>();
        orders.put("shipped", taken(calls.order(PlantedPii.canonicalOrder(orderId("ship"), "PII-SHIP"))));
        orders.put("refusedWithEcho", taken(calls.order(PlantedPii.canonicalOrder(orderId("echo"), "PII-ECHO"))));
        orders.put("vendorDown", taken(calls.order(PlantedPii.canonicalOrder(orderId("down"), "PII-DOWN"))));
        orders.put("fromSource", taken(calls.sourceOrder(PlantedPii.nativeOrder(orderId("src"), "PII-CANCEL"))));
        refusedAtIntake();

        calls.awaitState(orders.get("refusedWithEcho"), SETTLES_WITHIN, "OnHold");
        simulator.faults("{\"vendor\":\"dropship-direct\",\"timeoutAfterAcceptRate\":1}");
        orders.put("unknownOutcome", taken(calls.order(PlantedPii.canonicalOrder(orderId("lost"), "PII-UNKNOWN"))));

        shipWithARecipientWebhook(orders.get("shipped"));
        cancel(orders.get("fromSource"));
        calls.awaitState(orders.get("vendorDown"), SETTLES_WITHIN, "OnHold");
        calls.awaitState(orders.get("unknownOutcome"), SETTLES_WITHIN, "OnHold");
        awaitKpisInStatus();
        return orders;
    }

    /** Bodies full of personal data that intake refuses: the answers must name fields, never echo values. */
    private void refusedAtIntake() {
        String invalid = PlantedPii.canonicalOrder(orderId("bad"), "PII-SHIP")
                .replace("\"" + PlantedPii.EMAIL + "\"", "\"" + PlantedPii.NAME + " <" + PlantedPii.EMAIL + ">\"")
                .replace("\"" + PlantedPii.PHONE + "\"", "\"call " + PlantedPii.FIRST_NAME + " on " + PlantedPii.PHONE
                        + "\"");
        assertThat(calls.order(invalid).statusCode()).isEqualTo(422);
        String notJson = "{\"schemaVersion\":\"1\",\"shipTo\":{\"name\":" + PlantedPii.NAME + ",\"line1\":\""
                + PlantedPii.LINE1 + "\"}}";
        assertThat(calls.order(notJson).statusCode()).isEqualTo(422);
        String badType = PlantedPii.canonicalOrder(orderId("type"), "PII-SHIP")
                .replace("\"shippingMethod\":\"standard\"", "\"shippingMethod\":\"" + PlantedPii.LINE1 + "\"")
                .replace("\"quantity\":1", "\"quantity\":\"" + PlantedPii.PHONE + "\"");
        assertThat(calls.order(badType).statusCode()).isEqualTo(422);
        String badNative = PlantedPii.nativeOrder(orderId("badsrc"), "PII-CANCEL")
                .replace("\"" + PlantedPii.EMAIL + "\"", "\"" + PlantedPii.NAME + " <" + PlantedPii.EMAIL + ">\"");
        assertThat(calls.sourceOrder(badNative).statusCode()).isEqualTo(422);
    }

    /** Dispatched at acme, then shipped by a webhook that names who took the parcel, as carriers' webhooks do. */
    private void shipWithARecipientWebhook(String id) {
        calls.awaitState(id, SETTLES_WITHIN, "Dispatched");
        JsonNode shipment = calls.orderView(id).path("shipments").get(0);
        String recipient = ",\"deliveredTo\":{\"name\":\"" + PlantedPii.NAME + "\",\"street\":\"" + PlantedPii.LINE1
                + "\",\"zip\":\"" + PlantedPii.POSTAL_CODE + "\",\"phone\":\"" + PlantedPii.PHONE + "\"},"
                + "\"note\":\"left with " + PlantedPii.NAME + " at " + PlantedPii.LINE2 + "\"";
        String event = "{\"eventId\":\"pii-" + run + "-shipped\",\"fulfillmentId\":\""
                + shipment.path("vendorReference").asText() + "\",\"clientReference\":\""
                + shipment.path("id").asText() + "\",\"status\":\"SHIPPED\",\"items\":[{\"sku\":\"PII-SHIP\","
                + "\"qty\":1}],\"timestamp\":\"" + Instant.now() + "\"" + recipient + "}";
        // first a status the contract's statusMapping does not know, as carriers word deliveries
        assertThat(calls.acmeWebhook(event.replace("\"status\":\"SHIPPED\"", "\"status\":\"LEFT WITH "
                + PlantedPii.NAME.toUpperCase(java.util.Locale.ROOT) + "\"").replace("-shipped\"", "-unmapped\""))
                .statusCode()).isEqualTo(200);
        assertThat(calls.acmeWebhook(event).statusCode()).isEqualTo(200);
        calls.awaitState(id, SETTLES_WITHIN, "Shipped");
        // a webhook the mapping cannot read, and one for a shipment nobody knows: refused, with nothing echoed
        assertThat(calls.acmeWebhook(event.replace("\"status\":\"SHIPPED\",", "")
                .replace("-shipped\"", "-nostatus\"")).statusCode()).isEqualTo(400);
        assertThat(calls.acmeWebhook(event.replace(shipment.path("id").asText(), "pii-nobody")
                .replace(shipment.path("vendorReference").asText(), "ACME-0").replace("-shipped\"", "-nobody\""))
                .statusCode()).isEqualTo(404);
    }

    /** Cancelled whole once dispatched: the vendor is asked to cancel, the payment authorization voided. */
    private void cancel(String id) {
        calls.awaitState(id, SETTLES_WITHIN, "Dispatched");
        assertThat(calls.post("/api/v1/orders/" + id + "/cancel", "{}").statusCode()).isEqualTo(202);
        calls.awaitState(id, SETTLES_WITHIN, "Cancelled");
        await().atMost(SETTLES_WITHIN).pollInterval(Duration.ofMillis(200)).until(() ->
                calls.get("/api/v1/orders/" + id + "/events").body().contains("\"Voided\""));
    }

    /** The node that shipped shows it in status, so the status scanned is one the flow wrote. */
    private void awaitKpisInStatus() {
        await().atMost(SETTLES_WITHIN).pollInterval(Duration.ofMillis(500)).until(() -> {
            String shipped = OperatorTestEnvironment.kubectl().run("get", "fn", "acme-newark", "-n",
                    OperatorTestEnvironment.NAMESPACE, "-o", "jsonpath={.status.kpis.shipped}").orThrow().stdout();
            return !shipped.isBlank() && Integer.parseInt(shipped.strip()) >= 1;
        });
    }

    private String orderId(String scenario) {
        return "PII-" + run + "-" + scenario;
    }

    private static String taken(HttpResponse<String> response) {
        return OperatorCalls.json(response).path("id").asText();
    }
}
