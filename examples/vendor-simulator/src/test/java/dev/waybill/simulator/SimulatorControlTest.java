package dev.waybill.simulator;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

/** The simulator starts, answers its controls and refuses bad fault settings. */
@QuarkusTest
class SimulatorControlTest {

    @Test
    void startsWithAnEmptyLedger() {
        given().get("/_sim/ledger").then().statusCode(200).body("size()", is(0));
    }

    @Test
    void appliesFaults() {
        given().contentType("application/json").body("{\"vendor\":\"acme-3pl\",\"errorRate\":0.5,\"down\":false}")
                .post("/_sim/faults").then().statusCode(200);
        given().get("/_sim/faults").then().statusCode(200).body("'acme-3pl'.errorRate", is(0.5f));
    }

    @Test
    void refusesARateAboveOne() {
        given().contentType("application/json").body("{\"vendor\":\"acme-3pl\",\"errorRate\":1.5}")
                .post("/_sim/faults").then().statusCode(400).body("errors", hasItem("errorRate: must be between 0 and 1"));
    }

    @Test
    void isHealthy() {
        given().get("/q/health/ready").then().statusCode(200);
    }
}
