package dev.waybill.operator.orchestration;

import dev.waybill.api.v1alpha1.meta.Condition;
import dev.waybill.api.v1alpha1.policy.RoutingPolicy;
import dev.waybill.operator.OperatorTestEnvironment;
import dev.waybill.testkit.Repo;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/** A taken order is routed by the examples' policies, and the decision is explained in its audit trail. */
@QuarkusTest
@QuarkusTestResource(OperatorTestEnvironment.class)
class RoutingIT {

    @BeforeAll
    static void examples() {
        OperatorTestEnvironment.kubectl().run("apply", "-n", OperatorTestEnvironment.NAMESPACE, "-f",
                Repo.path("examples").toString()).orThrow();
        try (KubernetesClient admin = OperatorTestEnvironment.admin()) {
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                RoutingPolicy policy = admin.resources(RoutingPolicy.class)
                        .inNamespace(OperatorTestEnvironment.NAMESPACE).withName("us-standard").get();
                return policy != null && policy.getStatus() != null && policy.getStatus().condition("Ready")
                        .map(c -> c.status == Condition.Status.True).orElse(false);
            });
        }
    }

    @Test
    void aTakenOrderIsRoutedAndTheDecisionExplained() throws IOException {
        String body = order("SO-R-" + UUID.randomUUID());
        String id = given().contentType("application/json").body(body).post("/api/v1/orders")
                .then().statusCode(202).extract().path("id");

        // routed, then dispatched onwards: the decision is the second event whatever came after
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(given()
                .get("/api/v1/orders/" + id + "/events").then().extract().jsonPath().getList("type"))
                .contains("RoutingDecided"));
        List<String> types = given().get("/api/v1/orders/" + id + "/events").then().statusCode(200)
                .extract().path("type");
        assertThat(types).startsWith("OrderReceived", "RoutingDecided");
        String detail = given().get("/api/v1/orders/" + id + "/events").then().extract().path("[1].detail");
        assertThat(detail).contains("\"policy\"").contains("us-standard").contains("\"candidates\"");
    }

    @Test
    void previewDecidesWithoutTakingTheOrder() throws IOException {
        String body = order("SO-P-" + UUID.randomUUID());

        given().contentType("application/json").body(body).post("/api/v1/routing/preview").then().statusCode(200)
                .body("decision.outcome", notNullValue())
                .body("explanation.policy", equalTo("us-standard"));

        given().contentType("application/json").body(body).post("/api/v1/orders").then().statusCode(202);
    }

    @Test
    void previewRefusesAnInvalidOrderNamingTheField() {
        given().contentType("application/json").body("{\"schemaVersion\": \"1\"}").post("/api/v1/routing/preview")
                .then().statusCode(422).body("errors.field", org.hamcrest.Matchers.hasItem("orderId"));
    }

    /** SO-1001 with a promise far enough ahead that the time of day the test runs cannot miss it. */
    private static String order(String orderId) throws IOException {
        return Files.readString(Repo.path("examples/orders/SO-1001.json")).replace("SO-1001", orderId)
                .replace("2026-11-30T00:00:00Z", "2030-01-01T00:00:00Z");
    }
}
