package dev.waybill.operator.fulfillment;

import dev.waybill.operator.OperatorTestEnvironment;
import dev.waybill.testkit.SimulatorProcess;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static dev.waybill.operator.fulfillment.Trail.awaitState;
import static dev.waybill.operator.fulfillment.Trail.events;
import static dev.waybill.operator.fulfillment.Trail.order;
import static dev.waybill.operator.fulfillment.Trail.steps;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * Vendors' webhooks as they really come: twice, out of order, malformed, forged. The shipment moves forward once
 * per event, and nothing a vendor sends can move it back or crash the intake.
 */
@QuarkusTest
@QuarkusTestResource(OperatorTestEnvironment.class)
class WebhookScenariosIT {

    private static final String ACME_SECRET = "placeholder-acme-webhook-secret";
    private static final String WEBHOOKS = "/api/v1/webhooks/" + OperatorTestEnvironment.NAMESPACE + "/acme-3pl";
    private SimulatorProcess simulator;

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
    void duplicateWebhooksAreTakenOnce() {
        Vendors.onlyAt("acme-newark", "DW-A", "DW-B");
        simulator.faults("{\"vendor\":\"acme-3pl\",\"duplicateWebhookRate\":1.0}");
        String id = Vendors.send(Vendors.order(Vendors.uniqueId("DW"), "DW-A:1", "DW-B:1"));

        awaitState(id, "Shipped", Duration.ofSeconds(30));

        List<Object> eventIds = vendorEvents(id).stream().map(e -> (Object) e.get("detail").toString()
                .replaceAll(".*\"eventId\":\"([^\"]+)\".*", "$1")).toList();
        assertThat(eventIds).hasSizeGreaterThanOrEqualTo(3).doesNotHaveDuplicates();
        assertThat(order(id).getList("shipments.lines.flatten().shipped", Integer.class)).containsExactly(1, 1);
    }

    @Test
    void anAcceptanceArrivingAfterTheShipmentChangesNothing() {
        Vendors.onlyAt("acme-newark", "OO-A");
        simulator.faults("{\"vendor\":\"acme-3pl\",\"outOfOrderRate\":1.0}");
        String id = Vendors.send(Vendors.order(Vendors.uniqueId("OO"), "OO-A:2"));

        awaitState(id, "Shipped", Duration.ofSeconds(30));
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(steps(id)).containsSubsequence("VendorEvent/Shipped", "VendorEvent/Stale"));
        assertThat(Trail.state(id)).isEqualTo("Shipped");
    }

    @Test
    void malformedOrForgedWebhooksAreRefusedAndChangeNothing() {
        Vendors.onlyAt("acme-newark", "MW-A");
        simulator.timing("{\"auto\":false}");
        String id = Vendors.send(Vendors.order(Vendors.uniqueId("MW"), "MW-A:1"));
        awaitState(id, "Dispatched", Duration.ofSeconds(30));
        String shipment = order(id).getString("shipments[0].id");
        String reference = order(id).getString("shipments[0].vendorReference");
        String good = "{\"eventId\":\"mw-1\",\"fulfillmentId\":\"" + reference + "\",\"clientReference\":\""
                + shipment + "\",\"status\":\"SHIPPED\",\"items\":[],\"timestamp\":\"2026-11-27T10:00:00Z\"}";

        signed("{\"fulfillmentId\":\"" + reference + "\",\"status\":\"SHIPPED\"}").post(WEBHOOKS)
                .then().statusCode(400).body("errors.field", hasItem("eventId"));
        signed("{not json").post(WEBHOOKS).then().statusCode(400);
        given().contentType("application/json").header("X-Acme-Timestamp", now())
                .header("X-Acme-Signature", "00".repeat(32)).body(good).post(WEBHOOKS).then().statusCode(401);
        given().contentType("application/json").body(good).post(WEBHOOKS).then().statusCode(401);
        given().contentType("application/json").header("X-Acme-Timestamp", String.valueOf(
                        Instant.now().minusSeconds(3600).getEpochSecond()))
                .header("X-Acme-Signature", sign(Instant.now().minusSeconds(3600).getEpochSecond() + "." + good))
                .body(good).post(WEBHOOKS).then().statusCode(401);
        signed(good.replace(shipment, "no-such-shipment").replace(reference, "ACME-999999")).post(WEBHOOKS)
                .then().statusCode(404);
        assertThat(Trail.state(id)).isEqualTo("Dispatched");

        String timestamp = now();
        signed(good, timestamp).post(WEBHOOKS).then().statusCode(200).body("taken", equalTo(true));
        // the vendor delivering the same event again signs it afresh; the identical request again is a replay
        signed(good, String.valueOf(Long.parseLong(timestamp) + 1)).post(WEBHOOKS).then().statusCode(200)
                .body("duplicate", equalTo(true));
        signed(good, timestamp).post(WEBHOOKS).then().statusCode(401);
        awaitState(id, "Shipped", Duration.ofSeconds(5));
        assertThat(vendorEvents(id)).hasSize(1);
    }

    private static List<Map<String, Object>> vendorEvents(String id) {
        return events(id).stream().filter(e -> "VendorEvent".equals(e.get("type"))).toList();
    }

    private static io.restassured.specification.RequestSpecification signed(String body) {
        return signed(body, now());
    }

    private static io.restassured.specification.RequestSpecification signed(String body, String timestamp) {
        return given().contentType("application/json").header("X-Acme-Timestamp", timestamp)
                .header("X-Acme-Signature", sign(timestamp + "." + body)).body(body);
    }

    private static String now() {
        return String.valueOf(Instant.now().getEpochSecond());
    }

    private static String sign(String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(ACME_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
