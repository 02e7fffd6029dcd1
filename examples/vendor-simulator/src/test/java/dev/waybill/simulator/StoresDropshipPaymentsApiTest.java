package dev.waybill.simulator;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.waybill.simulator.Sim.control;
import static dev.waybill.simulator.Sim.dropship;
import static dev.waybill.simulator.Sim.ledgerEntry;
import static dev.waybill.simulator.Sim.payments;
import static dev.waybill.simulator.Sim.ref;
import static dev.waybill.simulator.Sim.stores;
import static dev.waybill.simulator.Sim.storesOrder;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

/** The store network, the dropship vendor and the payment gateway: shapes, credentials, duplicates, stock. */
@QuarkusTest
@WithTestResource(WebhookReceiver.class)
class StoresDropshipPaymentsApiTest {

    @BeforeEach
    void fresh() {
        Sim.reset();
        Sim.timing("{\"auto\":false}");
    }

    @Test
    void cornerStoresCreatesAnOrderAndFindsItByReference() {
        String reference = ref("cs");
        String orderNo = stores().body(storesOrder(reference, "A", 2)).post("/corner-stores/orders").then()
                .statusCode(201).body("orderNo", matchesPattern("CS-\\d{6}")).body("state", is("open"))
                .body("externalRef", is(reference)).extract().path("orderNo");

        stores().get("/corner-stores/orders/by-ref/" + reference).then().statusCode(200)
                .body("orderNo", is(orderNo)).body("state", is("open"));
        stores().get("/corner-stores/orders/by-ref/nothing").then().statusCode(404).body("code", is("not_found"));
        given().get("/corner-stores/orders/by-ref/" + reference).then().statusCode(401);
        given().header("X-Api-Key", "wrong").body(storesOrder(ref("cs"), "A", 1)).post("/corner-stores/orders")
                .then().statusCode(401).body("code", is("unauthorized"));
    }

    @Test
    void cornerStoresCreatesARealDuplicateForTheSameReference() {
        String reference = ref("cs");
        String first = stores().body(storesOrder(reference, "A", 1)).post("/corner-stores/orders").then()
                .statusCode(201).extract().path("orderNo");
        String second = stores().body(storesOrder(reference, "A", 1)).post("/corner-stores/orders").then()
                .statusCode(201).extract().path("orderNo");

        assertThat(second).isNotEqualTo(first);
        Map<String, Object> entry = ledgerEntry("corner-stores", reference);
        assertThat(entry).containsEntry("createCount", 2).containsEntry("vendorReference", first);
        stores().get("/corner-stores/orders/by-ref/" + reference).then().body("orderNo", is(first));
    }

    @Test
    void cornerStoresHoldsStockAndRefusesWhatIsShort() {
        Sim.stock("corner-stores", "MILK", 3);
        String holdId = stores().body("{\"externalRef\":\"h1\",\"lines\":[{\"item\":\"MILK\",\"quantity\":2}]}")
                .post("/corner-stores/holds").then().statusCode(201).body("holdId", startsWith("H-"))
                .extract().path("holdId");
        stores().body(storesOrder(ref("cs"), "MILK", 2)).post("/corner-stores/orders").then().statusCode(422)
                .body("code", is("insufficient_stock")).body("items", contains("MILK"));

        stores().delete("/corner-stores/holds/" + holdId).then().statusCode(204);
        stores().delete("/corner-stores/holds/" + holdId).then().statusCode(404);
        stores().body(storesOrder(ref("cs"), "MILK", 2)).post("/corner-stores/orders").then().statusCode(201);
        control().queryParam("vendor", "corner-stores").get("/_sim/inventory").then()
                .body("items[0].available", is(1));
    }

    @Test
    void dropshipTakesEveryUploadAsANewOne() {
        String po = ref("po");
        Map<String, Object> upload = Map.of("poNumber", po, "shipToName", "A B",
                "shipToAddress", "1 Main St, Springfield 62701", "country", "US", "skus", List.of("ABC-123x2", "Dx1"));
        String first = dropship().body(upload).put("/dropship-direct/uploads/" + po).then().statusCode(201)
                .body("uploadId", matchesPattern("U-\\d{6}")).extract().path("uploadId");
        dropship().body(upload).put("/dropship-direct/uploads/" + po).then().statusCode(201);

        Map<String, Object> entry = ledgerEntry("dropship-direct", po);
        assertThat(entry).containsEntry("createCount", 2).containsEntry("vendorReference", first);
        assertThat(entry.get("lines")).isEqualTo(List.of(
                Map.of("sku", "ABC-123", "quantity", 2, "shipped", 0, "cancelled", 0),
                Map.of("sku", "D", "quantity", 1, "shipped", 0, "cancelled", 0)));
    }

    @Test
    void dropshipRefusesBadUploadsAndBadCredentials() {
        String po = ref("po");
        dropship().body(Map.of("poNumber", po, "skus", List.of("ABC-123"))).put("/dropship-direct/uploads/" + po)
                .then().statusCode(400).body("message", startsWith("skus[0]"));
        dropship().body(Map.of("poNumber", "other", "skus", List.of("Ax1"))).put("/dropship-direct/uploads/" + po)
                .then().statusCode(400).body("message", startsWith("poNumber"));
        given().contentType("application/json").auth().preemptive().basic("waybill", "wrong")
                .body(Map.of("poNumber", po, "skus", List.of("Ax1"))).put("/dropship-direct/uploads/" + po)
                .then().statusCode(401);
        assertThat(ledgerEntry("dropship-direct", po)).isNull();
    }

    @Test
    void paymentsCapturesAndVoidsOncePerKey() {
        payments().header("Idempotency-Key", "cap-1")
                .body("{\"authorization\":\"auth-9\",\"amount\":\"39.98\",\"currency\":\"USD\"}")
                .post("/payments/v1/captures").then().statusCode(201)
                .body("captureId", startsWith("CAP-")).body("status", is("CAPTURED"));
        for (int i = 0; i < 2; i++) {
            payments().header("Idempotency-Key", "void-auth-9").body("{\"authorizationId\":\"auth-9\"}")
                    .post("/payments/v1/authorizations/auth-9/void").then().statusCode(200)
                    .body("status", is("VOIDED"));
        }
        assertThat(ledgerEntry("payments", "auth-9")).containsEntry("createCount", 1)
                .containsEntry("vendorReference", "auth-9").containsEntry("state", "VOIDED");

        payments().body("{}").post("/payments/v1/authorizations/auth-9/void").then().statusCode(200);
        assertThat(ledgerEntry("payments", "auth-9")).containsEntry("createCount", 2);
        given().post("/payments/v1/authorizations/auth-9/void").then().statusCode(401);
    }
}
