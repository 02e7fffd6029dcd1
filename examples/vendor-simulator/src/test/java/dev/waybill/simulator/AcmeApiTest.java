package dev.waybill.simulator;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.waybill.simulator.Sim.acme;
import static dev.waybill.simulator.Sim.acmeOrder;
import static dev.waybill.simulator.Sim.control;
import static dev.waybill.simulator.Sim.ledgerEntry;
import static dev.waybill.simulator.Sim.ref;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

/** The 3PL's API: shapes the acme-3pl contract maps, credentials, idempotency keys, stock, reservations, cancel. */
@QuarkusTest
@WithTestResource(WebhookReceiver.class)
class AcmeApiTest {

    @BeforeEach
    void fresh() {
        Sim.reset();
        Sim.timing("{\"auto\":false}");
    }

    @Test
    void createsAFulfillmentAndFindsItByClientReference() {
        String reference = ref("shp");
        String id = acme().body(acmeOrder(reference, "ABC-123", 2)).post("/acme-3pl/v1/fulfillments")
                .then().statusCode(201)
                .body("id", matchesPattern("ACME-\\d{6}")).body("status", is("RECEIVED"))
                .body("clientReference", is(reference)).extract().path("id");

        acme().queryParam("clientReference", reference).get("/acme-3pl/v1/fulfillments").then().statusCode(200)
                .body("items.id", contains(id)).body("items[0].status", is("RECEIVED"));
        acme().queryParam("clientReference", "unknown").get("/acme-3pl/v1/fulfillments").then().statusCode(200)
                .body("items", empty());
        Map<String, Object> entry = ledgerEntry("acme-3pl", reference);
        assertThat(entry).containsEntry("vendorReference", id).containsEntry("orderId", "SO-" + reference)
                .containsEntry("createCount", 1).containsEntry("state", "RECEIVED");
        assertThat(entry.get("lines")).isEqualTo(List.of(
                Map.of("sku", "ABC-123", "quantity", 2, "shipped", 0, "cancelled", 0)));
    }

    @Test
    void refusesMissingOrWrongCredentials() {
        given().contentType("application/json").body(acmeOrder(ref("shp"), "A", 1))
                .post("/acme-3pl/v1/fulfillments").then().statusCode(401).body("error", is("UNAUTHORIZED"));
        given().contentType("application/json").header("Authorization", "Bearer wrong")
                .body(acmeOrder(ref("shp"), "A", 1)).post("/acme-3pl/v1/fulfillments").then().statusCode(401);
        given().get("/acme-3pl/v1/stock").then().statusCode(401);
        assertThat(control().get("/_sim/ledger").then().extract().jsonPath().getList("")).isEmpty();
    }

    @Test
    void anIdempotencyKeyReplayReturnsTheSameFulfillmentWithoutCreatingAnother() {
        String reference = ref("shp");
        String first = acme().header("Idempotency-Key", "k-" + reference).body(acmeOrder(reference, "A", 1))
                .post("/acme-3pl/v1/fulfillments").then().statusCode(201).extract().path("id");
        acme().header("Idempotency-Key", "k-" + reference).body(acmeOrder(reference, "A", 1))
                .post("/acme-3pl/v1/fulfillments").then().statusCode(200).body("id", is(first));

        Map<String, Object> entry = ledgerEntry("acme-3pl", reference);
        assertThat(entry).containsEntry("createCount", 1).containsEntry("idempotencyKey", "k-" + reference);
    }

    @Test
    void withoutAKeyASecondCreateIsADuplicate() {
        String reference = ref("shp");
        acme().body(acmeOrder(reference, "A", 1)).post("/acme-3pl/v1/fulfillments").then().statusCode(201);
        acme().body(acmeOrder(reference, "A", 1)).post("/acme-3pl/v1/fulfillments").then().statusCode(201);

        assertThat(ledgerEntry("acme-3pl", reference)).containsEntry("createCount", 2);
    }

    @Test
    void refusesAnIncompleteFulfillmentNamingTheField() {
        acme().body("{\"items\":[{\"sku\":\"A\",\"qty\":1}]}").post("/acme-3pl/v1/fulfillments").then()
                .statusCode(400).body("error", is("INVALID")).body("message", startsWith("clientReference"));
        acme().body("{\"clientReference\":\"x\",\"items\":[{\"sku\":\"A\",\"qty\":0}]}")
                .post("/acme-3pl/v1/fulfillments").then().statusCode(400).body("message", startsWith("items[0].qty"));
        acme().body("not json").post("/acme-3pl/v1/fulfillments").then().statusCode(400).body("error", is("INVALID"));
    }

    @Test
    void answersOutOfStockForShortSkusOnly() {
        Sim.stock("acme-3pl", "SCARCE", 1);
        String reference = ref("shp");
        acme().body(acmeOrder(reference, "SCARCE", 2, "PLENTY", 50)).post("/acme-3pl/v1/fulfillments").then()
                .statusCode(409).body("error", is("OUT_OF_STOCK")).body("skus", contains("SCARCE"));
        assertThat(ledgerEntry("acme-3pl", reference)).isNull();

        acme().body(acmeOrder(reference, "SCARCE", 1, "PLENTY", 50)).post("/acme-3pl/v1/fulfillments").then()
                .statusCode(201);
        acme().get("/acme-3pl/v1/stock").then().statusCode(200)
                .body("items.sku", contains("SCARCE")).body("items[0].onHand", is(1))
                .body("items[0].allocated", is(1));
    }

    @Test
    void reservationsHoldStockBackUntilReleasedOrUsed() {
        Sim.stock("acme-3pl", "R1", 5);
        String id = acme().body("{\"reference\":\"res-a\",\"items\":[{\"sku\":\"R1\",\"qty\":3}]}")
                .post("/acme-3pl/v1/reservations").then().statusCode(201)
                .body("id", startsWith("RES-")).extract().path("id");
        control().queryParam("vendor", "acme-3pl").get("/_sim/inventory").then()
                .body("items[0].available", is(2));
        acme().body("{\"reference\":\"res-b\",\"items\":[{\"sku\":\"R1\",\"qty\":3}]}")
                .post("/acme-3pl/v1/reservations").then().statusCode(409).body("error", is("OUT_OF_STOCK"));

        acme().delete("/acme-3pl/v1/reservations/" + id).then().statusCode(204);
        acme().delete("/acme-3pl/v1/reservations/" + id).then().statusCode(404);
        control().queryParam("vendor", "acme-3pl").get("/_sim/inventory").then().body("items[0].available", is(5));
    }

    @Test
    void aFulfillmentUsesUpTheReservationOfItsReference() {
        Sim.stock("acme-3pl", "R2", 4);
        String reference = ref("shp");
        acme().body("{\"reference\":\"" + reference + "\",\"items\":[{\"sku\":\"R2\",\"qty\":4}]}")
                .post("/acme-3pl/v1/reservations").then().statusCode(201);
        acme().body(acmeOrder(reference, "R2", 4)).post("/acme-3pl/v1/fulfillments").then().statusCode(201);

        acme().get("/acme-3pl/v1/stock").then().body("items[0].onHand", is(4)).body("items[0].allocated", is(4));
    }
}
