package dev.waybill.operator.lifecycle;

import dev.waybill.operator.OperatorTestEnvironment;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

/** The operator process starts java-operator-sdk on a real API server and reports it through health. */
@QuarkusTest
@QuarkusTestResource(OperatorTestEnvironment.class)
class OperatorStartupIT {

    @Test
    void readinessReportsTheStartedOperator() {
        given().get("/q/health/ready").then()
                .statusCode(200)
                .body("status", is("UP"))
                .body("checks.name", hasItems("operator", "adapters"))
                .body("checks.find { it.name == 'operator' }.data.store", is("open"))
                .body("checks.find { it.name == 'operator' }.data.informers", is("synced"))
                .body("checks.find { it.name == 'operator' }.data.snapshot", is("built"))
                .body("checks.find { it.name == 'adapters' }.status", is("UP"));
    }

    @Test
    void livenessIsUp() {
        given().get("/q/health/live").then().statusCode(200).body("status", is("UP"));
    }

    @Test
    void servesMetricsAndOpenApi() {
        given().get("/q/metrics").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
    }
}
