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
import static dev.waybill.simulator.Sim.dropship;
import static dev.waybill.simulator.Sim.ledgerEntry;
import static dev.waybill.simulator.Sim.ref;
import static dev.waybill.simulator.Sim.stores;
import static dev.waybill.simulator.Sim.storesOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;

/** What each vendor lets be cancelled: acme in part or whole, corner-stores whole orders only, dropship nothing. */
@QuarkusTest
@WithTestResource(WebhookReceiver.class)
class CancelRulesTest {

    @BeforeEach
    void fresh() {
        Sim.reset();
        Sim.timing("{\"auto\":false}");
    }

    @Test
    void acmeCancelsPartThenTheRest() {
        String reference = ref("shp");
        String id = createAcme(reference, "A", 3, "B", 1);

        acme().body("{\"items\":[{\"sku\":\"A\",\"qty\":2}]}").post("/acme-3pl/v1/fulfillments/" + id + "/cancel")
                .then().statusCode(200).body("status", is("RECEIVED"));
        acme().post("/acme-3pl/v1/fulfillments/" + id + "/cancel").then().statusCode(200)
                .body("status", is("CANCELLED"));

        Map<String, Object> entry = ledgerEntry("acme-3pl", reference);
        assertThat(entry).containsEntry("state", "CANCELLED");
        assertThat(entry.get("lines")).isEqualTo(List.of(
                Map.of("sku", "A", "quantity", 3, "shipped", 0, "cancelled", 3),
                Map.of("sku", "B", "quantity", 1, "shipped", 0, "cancelled", 1)));
    }

    @Test
    void acmeRefusesToCancelWhatHasShipped() {
        String reference = ref("shp");
        String id = createAcme(reference, "A", 2, "B", 1);
        control().body(Map.of("vendor", "acme-3pl", "vendorReference", id,
                "items", List.of(Map.of("sku", "A", "quantity", 2)))).post("/_sim/ship").then().statusCode(200)
                .body("state", is("PARTIALLY_SHIPPED"));

        acme().body("{\"items\":[{\"sku\":\"A\",\"qty\":1}]}").post("/acme-3pl/v1/fulfillments/" + id + "/cancel")
                .then().statusCode(409).body("error", is("ALREADY_SHIPPED"));
        acme().body("{\"items\":[{\"sku\":\"B\",\"qty\":1}]}").post("/acme-3pl/v1/fulfillments/" + id + "/cancel")
                .then().statusCode(200).body("status", is("CANCELLED"));
        acme().post("/acme-3pl/v1/fulfillments/" + id + "/cancel").then().statusCode(409)
                .body("error", is("ALREADY_SHIPPED"));
        acme().post("/acme-3pl/v1/fulfillments/ACME-999999/cancel").then().statusCode(404);
    }

    @Test
    void acmeReplaysACancelByItsIdempotencyKey() {
        String id = createAcme(ref("shp"), "A", 4);
        for (int i = 0; i < 2; i++) {
            acme().header("Idempotency-Key", "cancel-" + id).body("{\"items\":[{\"sku\":\"A\",\"qty\":1}]}")
                    .post("/acme-3pl/v1/fulfillments/" + id + "/cancel").then().statusCode(200);
        }
        control().body(Map.of("vendor", "acme-3pl", "vendorReference", id)).post("/_sim/ship").then()
                .statusCode(200).body("items[0].quantity", is(3));
    }

    @Test
    void cornerStoresVoidsWholeOrdersThatHaveNotShipped() {
        String open = stores().body(storesOrder(ref("cs"), "A", 1)).post("/corner-stores/orders").then()
                .statusCode(201).extract().path("orderNo");
        stores().delete("/corner-stores/orders/" + open).then().statusCode(200).body("state", is("void"));

        String shipped = stores().body(storesOrder(ref("cs"), "A", 1, "B", 1)).post("/corner-stores/orders").then()
                .statusCode(201).extract().path("orderNo");
        control().body(Map.of("vendor", "corner-stores", "vendorReference", shipped,
                "items", List.of(Map.of("sku", "A", "quantity", 1)))).post("/_sim/ship").then().statusCode(200);
        stores().delete("/corner-stores/orders/" + shipped).then().statusCode(409)
                .body("code", is("already_fulfilled"));
        stores().delete("/corner-stores/orders/CS-999999").then().statusCode(404).body("code", is("not_found"));
    }

    @Test
    void dropshipHasNoCancel() {
        String po = ref("po");
        dropship().body(Map.of("poNumber", po, "skus", List.of("Ax1"))).put("/dropship-direct/uploads/" + po)
                .then().statusCode(201);
        dropship().delete("/dropship-direct/uploads/" + po).then().statusCode(anyOf(is(404), is(405)));
        dropship().post("/dropship-direct/uploads/" + po + "/cancel").then().statusCode(anyOf(is(404), is(405)));
    }

    private static String createAcme(String reference, Object... skuQty) {
        return acme().body(acmeOrder(reference, skuQty)).post("/acme-3pl/v1/fulfillments").then().statusCode(201)
                .extract().path("id");
    }
}
