package dev.waybill.operator.fulfillment;

import com.fasterxml.jackson.databind.JsonNode;
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
import static dev.waybill.operator.fulfillment.Trail.order;
import static dev.waybill.operator.fulfillment.Trail.steps;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Dispatch against the simulated vendors: the full path to Shipped with a partial shipment, an acknowledgement lost
 * after the vendor took the order (3PL with lookup and idempotency keys; stores without idempotency keys), and a
 * vendor refusing for stock. Each asserts the final state, what the vendors hold, and the audit trail.
 */
@QuarkusTest
@QuarkusTestResource(OperatorTestEnvironment.class)
class DispatchScenariosIT {

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
    void partialShipmentThenTheRestEndsShippedWithOneFulfillmentAtTheVendor() {
        Vendors.onlyAt("acme-newark", "PS-A", "PS-B");
        String id = Vendors.send(Vendors.order(Vendors.uniqueId("PS"), "PS-A:2", "PS-B:1"));

        awaitState(id, "Shipped", Duration.ofSeconds(30));

        List<Map<String, Object>> shipments = order(id).getList("shipments");
        assertThat(shipments).singleElement().satisfies(s -> {
            assertThat(s.get("node")).isEqualTo("acme-newark");
            assertThat(s.get("state")).isEqualTo("Shipped");
            assertThat((String) s.get("vendorReference")).startsWith("ACME-");
        });
        String shipment = (String) shipments.get(0).get("id");
        assertThat(Vendors.ledger(shipment)).singleElement()
                .satisfies(e -> assertThat(e.path("createCount").asInt()).isEqualTo(1));
        assertThat(steps(id)).containsSubsequence("OrderReceived/Succeeded", "RoutingDecided/Routed",
                "Reserved/Reserved", "Dispatched/Submitted", "VendorEvent/PartiallyShipped", "VendorEvent/Shipped");
    }

    @Test
    void lostAcknowledgementAtA3plIsSettledByLookupNotByASecondCreate() {
        answerLostThenSettledByLookup("acme-newark", "acme-3pl", "LA");
    }

    @Test
    void lateAnswerFromAStoreWithoutIdempotencyKeysIsNotSentTwice() {
        answerLostThenSettledByLookup("store-brooklyn", "corner-stores", "LR");
    }

    /** The vendor takes the create but holds its answer past our timeout: lookup settles it, one fulfillment. */
    private void answerLostThenSettledByLookup(String node, String vendor, String prefix) {
        Vendors.onlyAt(node, prefix + "-A");
        simulator.faults("{\"vendor\":\"" + vendor + "\",\"timeoutAfterAcceptRate\":1.0}");
        String id = Vendors.send(Vendors.order(Vendors.uniqueId(prefix), prefix + "-A:1"));

        awaitState(id, "Shipped", Duration.ofSeconds(40));
        // The vendor's webhooks may ship the order before the held answer times out and lookup settles it.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(steps(id))
                .contains("Dispatched/FoundByLookup"));

        String shipment = order(id).getString("shipments[0].id");
        assertThat(order(id).getList("shipments.node")).containsExactly(node);
        assertThat(Vendors.ledger(shipment)).singleElement()
                .satisfies(e -> assertThat(e.path("createCount").asInt()).isEqualTo(1));
        assertThat(Trail.state(id)).isEqualTo("Shipped");
    }

    @Test
    void anUploadWhoseAnswerIsLostButWhichShipsIsNotHandedToAPerson() {
        Vendors.onlyAt("dropship-la", "UL-A");
        simulator.faults("{\"vendor\":\"dropship-direct\",\"timeoutAfterAcceptRate\":1.0}");
        String id = Vendors.send(Vendors.order(Vendors.uniqueId("UL"), "UL-A:1"));

        // the vendor's webhooks ship it before the upload's answer times out (5 s) as an unknown outcome
        await().atMost(Duration.ofSeconds(40)).untilAsserted(() -> assertThat(steps(id))
                .contains("Dispatched/ConfirmedByWebhook"));
        assertThat(Trail.state(id)).isEqualTo("Shipped");
        assertThat(Trail.exceptions(id)).isEmpty();
        assertThat(Vendors.ledger(order(id).getString("shipments[0].id"))).singleElement()
                .satisfies(e -> assertThat(e.path("createCount").asInt()).isEqualTo(1));
    }

    @Test
    void aVendorRefusingForStockSendsTheLinesElsewhere() {
        Vendors.at(List.of("acme-newark", "store-boston"), "OOS-A");
        String first = given().contentType("application/json").queryParam("namespace",
                        OperatorTestEnvironment.NAMESPACE).body(Vendors.order("OOS-PREVIEW", "OOS-A:1"))
                .post("/api/v1/routing/preview").then().statusCode(200).extract()
                .path("decision.shipments[0].node.name");
        String refusingVendor = first.startsWith("acme") ? "acme-3pl" : "corner-stores";
        String otherNode = first.startsWith("acme") ? "store-boston" : "acme-newark";
        simulator.inventory("{\"vendor\":\"" + refusingVendor + "\",\"items\":[{\"sku\":\"OOS-A\",\"available\":0}]}");

        String id = Vendors.send(Vendors.order(Vendors.uniqueId("OOS"), "OOS-A:1"));

        awaitState(id, "Shipped", Duration.ofSeconds(40));
        List<Map<String, Object>> shipments = order(id).getList("shipments");
        assertThat(shipments).extracting(s -> s.get("node") + "/" + s.get("state"))
                .containsExactly(first + "/Rejected", otherNode + "/Shipped");
        assertThat(steps(id)).containsSubsequence("RoutingDecided/Routed", "VendorRefused/OutOfStock",
                "RoutingDecided/Routed", "Dispatched/Submitted");
        JsonNode refused = Vendors.ledger((String) shipments.get(1).get("id")).get(0);
        assertThat(refused.path("createCount").asInt()).isEqualTo(1);
    }
}
