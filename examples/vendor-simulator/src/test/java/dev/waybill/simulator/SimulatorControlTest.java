package dev.waybill.simulator;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static dev.waybill.simulator.Sim.acme;
import static dev.waybill.simulator.Sim.acmeOrder;
import static dev.waybill.simulator.Sim.control;
import static dev.waybill.simulator.Sim.ref;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/** The simulator starts, answers its controls, refuses bad settings naming the field, and resets. */
@QuarkusTest
@WithTestResource(WebhookReceiver.class)
class SimulatorControlTest {

    @BeforeEach
    void fresh() {
        Sim.reset();
    }

    @Test
    void startsWithAnEmptyLedger() {
        given().get("/_sim/ledger").then().statusCode(200).body("size()", is(0));
    }

    @Test
    void appliesFaults() {
        control().body("{\"vendor\":\"acme-3pl\",\"errorRate\":0.5,\"down\":false}")
                .post("/_sim/faults").then().statusCode(200);
        given().get("/_sim/faults").then().statusCode(200).body("'acme-3pl'.errorRate", is(0.5f));
    }

    @Test
    void refusesBadFaultsNamingTheField() {
        control().body("{\"vendor\":\"acme-3pl\",\"errorRate\":1.5}").post("/_sim/faults").then().statusCode(400)
                .body("errors", hasItem("errorRate: must be between 0 and 1"));
        control().body("{\"vendor\":\"acme-3pl\",\"latencyMillis\":-1}").post("/_sim/faults").then().statusCode(400)
                .body("errors", hasItem("latencyMillis: must be >= 0"));
        control().body("{\"errorRate\":0.1}").post("/_sim/faults").then().statusCode(400)
                .body("errors", hasItem("vendor: required"));
        control().body("{\"vendor\":\"nobody\"}").post("/_sim/faults").then().statusCode(400)
                .body("errors[0]", startsWith("vendor: unknown"));
        control().body("{\"vendor\":\"acme-3pl\",\"outOfOrderRate\":\"often\"}").post("/_sim/faults").then()
                .statusCode(400).body("errors[0]", startsWith("outOfOrderRate"));
        given().get("/_sim/faults").then().body("size()", is(0));
    }

    @Test
    void refusesBadTimingAndInventoryNamingTheField() {
        control().body("{\"shipDelayMillis\":-5}").post("/_sim/timing").then().statusCode(400)
                .body("errors", hasItem("shipDelayMillis: must be >= 0"));
        control().body("{\"vendor\":\"acme-3pl\",\"items\":[{\"sku\":\"A\",\"available\":-1}]}")
                .post("/_sim/inventory").then().statusCode(400).body("errors[0]", startsWith("items[0].available"));
        control().get("/_sim/inventory").then().statusCode(400).body("errors[0]", startsWith("vendor"));
    }

    @Test
    void resetForgetsLedgerStockFaultsAndTiming() {
        acme().body(acmeOrder(ref("shp"), "A", 1)).post("/acme-3pl/v1/fulfillments").then().statusCode(201);
        Sim.stock("acme-3pl", "A", 3);
        Sim.faults("{\"vendor\":\"corner-stores\",\"down\":true}");
        Sim.timing("{\"auto\":false,\"shipDelayMillis\":5}");

        control().post("/_sim/reset").then().statusCode(204);

        given().get("/_sim/ledger").then().body("size()", is(0));
        given().get("/_sim/faults").then().body("size()", is(0));
        given().queryParam("vendor", "acme-3pl").get("/_sim/inventory").then().body("items.size()", is(0));
        given().get("/_sim/timing").then().body("auto", is(true)).body("shipDelayMillis", is(800))
                .body("acceptDelayMillis", is(200)).body("timeoutHoldMillis", is(10000));
    }

    @Test
    void recordsTheCorrelationAndTraceOfEachVendorCallButNotItsControls() {
        String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        acme().header("X-Correlation-Id", "order-7").header("traceparent", traceparent)
                .body(acmeOrder(ref("trc"), "A", 1)).post("/acme-3pl/v1/fulfillments").then().statusCode(201);
        acme().header("X-Correlation-Id", "order-8").body(acmeOrder(ref("trc"), "A", 1))
                .post("/acme-3pl/v1/fulfillments").then().statusCode(201);

        given().queryParam("correlationId", "order-7").get("/_sim/requests").then().statusCode(200)
                .body("size()", is(1)).body("[0].method", is("POST"))
                .body("[0].path", is("/acme-3pl/v1/fulfillments")).body("[0].traceparent", is(traceparent))
                .body("[0].correlationId", is("order-7"));
        given().get("/_sim/requests").then().body("size()", is(2)).body("[1].traceparent", nullValue());

        control().post("/_sim/reset").then().statusCode(204);
        given().get("/_sim/requests").then().body("size()", is(0));
    }

    @Test
    void isHealthy() {
        given().get("/q/health/ready").then().statusCode(200);
    }
}
