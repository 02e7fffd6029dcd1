package dev.waybill.operator.fulfillment;

import io.restassured.path.json.JsonPath;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** Reads an order and its audit trail through the API, and waits for states. */
final class Trail {

    private Trail() {
    }

    static JsonPath order(String id) {
        return given().get("/api/v1/orders/" + id).then().statusCode(200).extract().jsonPath();
    }

    static String state(String id) {
        return order(id).getString("state");
    }

    /** Waits for the state; on timeout fails with the order's state, shipments and audit trail. */
    static void awaitState(String id, String state, Duration within) {
        try {
            await().atMost(within).pollInterval(Duration.ofMillis(200)).until(() -> state.equals(state(id)));
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("order " + id + " did not reach " + state + " within " + within + ": "
                    + order(id).prettify() + "\n" + String.join("\n", events(id).stream()
                    .map(Object::toString).toList()), e);
        }
    }

    static List<Map<String, Object>> events(String id) {
        return given().get("/api/v1/orders/" + id + "/events").then().statusCode(200).extract().jsonPath()
                .getList("$");
    }

    /** The audit trail as "type/outcome" lines, oldest first. */
    static List<String> steps(String id) {
        return events(id).stream().map(e -> e.get("type") + "/" + e.get("outcome")).toList();
    }

    static List<Map<String, Object>> exceptions(String orderRef) {
        return given().queryParam("order", orderRef).queryParam("state", "all").get("/api/v1/exceptions")
                .then().statusCode(200).extract().jsonPath().getList("$");
    }
}
