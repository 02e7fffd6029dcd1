package dev.waybill.operator.fulfillment;

import dev.waybill.operator.OperatorTestEnvironment;
import dev.waybill.testkit.SimulatorProcess;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static dev.waybill.operator.fulfillment.Trail.awaitState;
import static dev.waybill.operator.fulfillment.Trail.exceptions;
import static dev.waybill.operator.fulfillment.Trail.order;
import static dev.waybill.operator.fulfillment.Trail.steps;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

/**
 * Cancellations with compensation per node capability: part of an order after part of it shipped, a whole order
 * with a stock reservation and a payment authorization, and a node that cannot cancel at all.
 */
@QuarkusTest
@QuarkusTestResource(OperatorTestEnvironment.class)
class CancellationScenariosIT {

    private SimulatorProcess simulator;

    @BeforeEach
    void vendors() {
        simulator = Vendors.start();
        simulator.reset();
        simulator.timing("{\"auto\":false}");
    }

    @AfterEach
    void calm() {
        simulator.reset();
    }

    @Test
    void partialCancelAfterPartialShipment() {
        Vendors.onlyAt("acme-newark", "PC-A", "PC-B");
        String id = Vendors.send(Vendors.order(Vendors.uniqueId("PC"), "PC-A:2", "PC-B:3"));
        awaitState(id, "Dispatched", Duration.ofSeconds(30));
        String reference = order(id).getString("shipments[0].vendorReference");

        simulator.post("/_sim/ship", "{\"vendor\":\"acme-3pl\",\"vendorReference\":\"" + reference
                + "\",\"items\":[{\"sku\":\"PC-A\",\"quantity\":2}]}");
        awaitState(id, "PartiallyShipped", Duration.ofSeconds(15));

        cancel(id, "{\"lines\":[{\"lineId\":\"1\",\"quantity\":1}]}").then().statusCode(409)
                .body("errors.field", hasItem("lines[0].quantity"));
        cancel(id, "{\"lines\":[{\"lineId\":\"2\",\"quantity\":3}]}").then().statusCode(202);

        awaitState(id, "Shipped", Duration.ofSeconds(20));
        List<Map<String, Object>> lines = order(id).getList("shipments[0].lines");
        assertThat(lines).extracting(l -> l.get("sku") + " shipped " + l.get("shipped") + " cancelled "
                + l.get("cancelled")).containsExactly("PC-A shipped 2 cancelled 0", "PC-B shipped 0 cancelled 3");
        assertThat(Vendors.ledger(order(id).getString("shipments[0].id")).get(0).path("lines").toString())
                .contains("\"cancelled\":3");
        assertThat(steps(id)).containsSubsequence("VendorEvent/PartiallyShipped", "CancelRequested/Accepted",
                "Compensated/Cancelled");
    }

    @Test
    void wholeCancelReleasesTheReservationAndVoidsThePayment() {
        Vendors.onlyAt("acme-newark", "WC-A");
        String id = Vendors.send(Vendors.order(Vendors.uniqueId("WC"), "WC-A:1"));
        awaitState(id, "Dispatched", Duration.ofSeconds(30));

        cancel(id, "{}").then().statusCode(202);

        awaitState(id, "Cancelled", Duration.ofSeconds(20));
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(steps(id)).contains("Compensated/Cancelled", "Compensated/Voided")
                        .containsAnyOf("Compensated/Released", "Compensated/AlreadyReleased"));
        assertThat(Vendors.ledger("auth-1001")).isNotEmpty();
        cancel(id, "{}").then().statusCode(409);
    }

    @Test
    void aNodeThatCannotCancelHandsTheCancellationToAPerson() {
        Vendors.onlyAt("dropship-la", "NC-A");
        String id = Vendors.send(Vendors.order(Vendors.uniqueId("NC"), "NC-A:1"));
        awaitState(id, "Dispatched", Duration.ofSeconds(30));

        cancel(id, "{}").then().statusCode(202);

        awaitState(id, "OnHold", Duration.ofSeconds(10));
        assertThat(exceptions(id)).singleElement().satisfies(e -> {
            assertThat(e.get("reason")).isEqualTo("CancelUnsupported");
            assertThat(e.get("state")).isEqualTo("Open");
            assertThat(e.get("detail").toString()).contains("dropship-la");
        });
        assertThat(steps(id)).contains("CancelRequested/CancelUnsupported");
        String exception = (String) exceptions(id).get(0).get("id");

        given().contentType("application/json").body("{\"note\":\"cancelled by phone with the vendor\"}")
                .post("/api/v1/exceptions/" + exception + "/resolve").then().statusCode(200);
        assertThat(exceptions(id)).singleElement().satisfies(e -> assertThat(e.get("state")).isEqualTo("Resolved"));
        assertThat(steps(id)).contains("ExceptionResolved/CancelUnsupported");
        given().post("/api/v1/exceptions/" + exception + "/resolve").then().statusCode(409);
    }

    @Test
    void cancellationsThatMakeNoSenseAreRefusedNamingTheField() {
        Vendors.onlyAt("acme-newark", "BC-A");
        String id = Vendors.send(Vendors.order(Vendors.uniqueId("BC"), "BC-A:1"));
        awaitState(id, "Dispatched", Duration.ofSeconds(30));

        cancel(id, "{\"lines\":[{\"lineId\":\"9\",\"quantity\":1}]}").then().statusCode(422)
                .body("errors.field", hasItem("lines[0].lineId"));
        cancel(id, "{\"lines\":[{\"lineId\":\"1\",\"quantity\":0}]}").then().statusCode(422)
                .body("errors.field", hasItem("lines[0].quantity"));
        cancel(id, "{\"lines\":\"all\"}").then().statusCode(422).body("errors.field", hasItem("lines"));
        cancel(id, "[1,2]").then().statusCode(422);
        cancel("no-such-order", "{}").then().statusCode(404);
        assertThat(Trail.state(id)).isEqualTo("Dispatched");
    }

    private static io.restassured.response.Response cancel(String id, String body) {
        return given().contentType("application/json").body(body).post("/api/v1/orders/" + id + "/cancel");
    }
}
