package dev.waybill.simulator;

import dev.waybill.simulator.WebhookReceiver.Received;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static dev.waybill.simulator.Sim.acme;
import static dev.waybill.simulator.Sim.acmeOrder;
import static dev.waybill.simulator.Sim.control;
import static dev.waybill.simulator.Sim.dropship;
import static dev.waybill.simulator.Sim.ledgerEntry;
import static dev.waybill.simulator.Sim.ref;
import static dev.waybill.simulator.Sim.stores;
import static dev.waybill.simulator.Sim.storesOrder;
import static dev.waybill.simulator.WebhookReceiver.await;
import static dev.waybill.simulator.WebhookReceiver.where;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

/** Vendors' webhooks: their shapes, credentials and signatures, and the order of acceptance and shipments. */
@QuarkusTest
@WithTestResource(WebhookReceiver.class)
class WebhookTest {

    @BeforeEach
    void fresh() {
        Sim.reset();
        Sim.timing("{\"acceptDelayMillis\":30,\"shipDelayMillis\":80}");
    }

    @Test
    void acmeSignsEachWebhookAndShipsTwoLinesInTwoSteps() {
        String reference = ref("shp");
        String id = acme().body(acmeOrder(reference, "A", 2, "B", 1)).post("/acme-3pl/v1/fulfillments").then()
                .statusCode(201).extract().path("id");

        List<Received> events = await("acme-3pl", where("clientReference", reference), 3);
        assertThat(events).extracting(e -> e.field("status")).containsExactly("ACCEPTED", "PARTIALLY_SHIPPED", "SHIPPED");
        assertThat(events.get(1).json().path("items").toString()).isEqualTo("[{\"sku\":\"A\",\"qty\":2}]");
        assertThat(events.get(2).json().path("items").toString()).isEqualTo("[{\"sku\":\"B\",\"qty\":1}]");
        assertThat(events).allSatisfy(event -> {
            assertThat(event.field("fulfillmentId")).isEqualTo(id);
            assertThat(Instant.parse(event.field("timestamp"))).isBefore(Instant.now().plusSeconds(1));
            assertSigned(event);
        });
        assertThat(events).extracting(e -> e.field("eventId")).doesNotHaveDuplicates();
        assertThat(ledgerEntry("acme-3pl", reference)).containsEntry("state", "SHIPPED");
    }

    @Test
    void cornerStoresReportsPickingPartialFulfilledWithItsApiKey() {
        String reference = ref("cs");
        stores().body(storesOrder(reference, "A", 1, "B", 3)).post("/corner-stores/orders").then().statusCode(201);

        List<Received> events = await("corner-stores", where("externalRef", reference), 3);
        assertThat(events).extracting(e -> e.field("state")).containsExactly("picking", "partial", "fulfilled");
        assertThat(events.get(2).json().path("lines").toString()).isEqualTo("[{\"item\":\"B\",\"quantity\":3}]");
        assertThat(events).allSatisfy(event -> {
            assertThat(event.headers()).containsEntry("x-api-key", "placeholder-corner-stores-key");
            assertThat(event.json().has("id")).isTrue();
            assertThat(event.json().has("at")).isTrue();
        });
    }

    @Test
    void dropshipConfirmsThenShipsEverythingAtOnce() throws InterruptedException {
        String po = ref("po");
        dropship().body(Map.of("poNumber", po, "skus", List.of("Ax1", "Bx2"))).put("/dropship-direct/uploads/" + po)
                .then().statusCode(201);

        List<Received> events = await("dropship-direct", where("poNumber", po), 2);
        Thread.sleep(300);
        events = WebhookReceiver.received("dropship-direct", where("poNumber", po));
        assertThat(events).extracting(e -> e.field("event")).containsExactly("CONFIRMED", "SHIPPED");
        String basic = Base64.getEncoder().encodeToString("waybill:placeholder-password".getBytes(StandardCharsets.UTF_8));
        assertThat(events).allSatisfy(event -> assertThat(event.headers()).containsEntry("authorization", "Basic " + basic));
        assertThat(events.get(0).json().has("messageId")).isTrue();
    }

    @Test
    void testsCanShipInPartsByHand() {
        Sim.timing("{\"auto\":false}");
        String reference = ref("shp");
        String id = acme().body(acmeOrder(reference, "A", 5)).post("/acme-3pl/v1/fulfillments").then()
                .statusCode(201).extract().path("id");

        ship("acme-3pl", id, List.of(Map.of("sku", "A", "quantity", 2)));
        ship("acme-3pl", id, null);

        List<Received> events = await("acme-3pl", where("clientReference", reference), 3);
        assertThat(events).extracting(e -> e.field("status")).containsExactly("ACCEPTED", "PARTIALLY_SHIPPED", "SHIPPED");
        assertThat(events).extracting(e -> e.json().path("items").path(0).path("qty").asInt()).containsExactly(5, 2, 3);
        control().body(Map.of("vendor", "acme-3pl", "vendorReference", id)).post("/_sim/ship").then().statusCode(409);
    }

    @Test
    void aRefusalIsReportedInTheVendorsWords() {
        Sim.timing("{\"auto\":false}");
        String reference = ref("cs");
        String orderNo = stores().body(storesOrder(reference, "A", 1)).post("/corner-stores/orders").then()
                .statusCode(201).extract().path("orderNo");
        control().body(Map.of("vendor", "corner-stores", "vendorReference", orderNo)).post("/_sim/reject").then()
                .statusCode(200);

        assertThat(await("corner-stores", where("externalRef", reference), 1).get(0).field("state")).isEqualTo("refused");
        assertThat(ledgerEntry("corner-stores", reference)).containsEntry("state", "refused");
        control().body(Map.of("vendor", "corner-stores", "vendorReference", "CS-999999")).post("/_sim/reject").then()
                .statusCode(404);
    }

    @Test
    void dropshipRefusesAnUploadItHasNoStockFor() {
        Sim.stock("dropship-direct", "RARE", 0);
        String po = ref("po");
        dropship().body(Map.of("poNumber", po, "skus", List.of("RAREx1"))).put("/dropship-direct/uploads/" + po)
                .then().statusCode(201);

        assertThat(await("dropship-direct", where("poNumber", po), 1).get(0).field("event")).isEqualTo("REJECTED");
    }

    @Test
    void aFailedDeliveryIsRetried() {
        WebhookReceiver.failNext("acme-3pl", 2);
        String reference = ref("shp");
        acme().body(acmeOrder(reference, "A", 1)).post("/acme-3pl/v1/fulfillments").then().statusCode(201);

        List<Received> events = await("acme-3pl", where("clientReference", reference), 2);
        assertThat(events).extracting(e -> e.field("status")).containsExactly("ACCEPTED", "SHIPPED");
    }

    @Test
    void aCancelledFulfillmentSendsNothingMore() throws InterruptedException {
        Sim.timing("{\"acceptDelayMillis\":100,\"shipDelayMillis\":100}");
        String reference = ref("shp");
        String id = acme().body(acmeOrder(reference, "A", 1)).post("/acme-3pl/v1/fulfillments").then()
                .statusCode(201).extract().path("id");
        acme().post("/acme-3pl/v1/fulfillments/" + id + "/cancel").then().statusCode(200);

        await("acme-3pl", where("clientReference", reference), 1);
        Thread.sleep(500);
        assertThat(WebhookReceiver.received("acme-3pl", where("clientReference", reference)))
                .extracting(e -> e.field("status")).containsExactly("CANCELLED");
    }

    static void assertSigned(Received event) {
        String timestamp = event.headers().get("x-acme-timestamp");
        assertThat(Long.parseLong(timestamp)).isCloseTo(Instant.now().getEpochSecond(), offset(60L));
        assertThat(event.headers().get("x-acme-signature")).isEqualTo(hmac(timestamp + "." + event.body()));
    }

    private static void ship(String vendor, String id, List<Map<String, Object>> items) {
        Map<String, Object> command = items == null ? Map.of("vendor", vendor, "vendorReference", id)
                : Map.of("vendor", vendor, "vendorReference", id, "items", items);
        control().body(command).post("/_sim/ship").then().statusCode(200);
    }

    private static String hmac(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec("placeholder-acme-webhook-secret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }
}
