package dev.waybill.operator.fulfillment;

import dev.waybill.operator.OperatorTestEnvironment;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad and hostile requests to cancellation, webhooks and the exception queue: each gets its 4xx as
 * application/problem+json (naming the field where one is at fault), never a 5xx.
 */
@QuarkusTest
@QuarkusTestResource(OperatorTestEnvironment.class)
class HostileFulfillmentRequestsIT {

    private static final String WEBHOOK = "/api/v1/webhooks/" + OperatorTestEnvironment.NAMESPACE + "/acme-3pl";

    /** One request and the answer it must get; {@code field} null: no field error expected. */
    record Case(String name, String method, String path, String body, int status, String field) {
        @Override
        public String toString() {
            return name;
        }
    }

    @org.junit.jupiter.api.BeforeEach
    void contracts() {
        Vendors.start(); // the webhook cases need a Ready acme-3pl contract
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("cancel an unknown order", "POST", "/api/v1/orders/nope/cancel", "{}", 404, null),
                new Case("cancel with invalid JSON", "POST", "/api/v1/orders/nope/cancel", "{", 422, "body"),
                new Case("cancel with an array body", "POST", "/api/v1/orders/nope/cancel", "[]", 422, "body"),
                new Case("cancel lines not an array", "POST", "/api/v1/orders/nope/cancel", "{\"lines\":7}", 422,
                        "lines"),
                new Case("cancel a line without id", "POST", "/api/v1/orders/nope/cancel",
                        "{\"lines\":[{\"quantity\":1}]}", 422, "lines[0].lineId"),
                new Case("cancel a negative quantity", "POST", "/api/v1/orders/nope/cancel",
                        "{\"lines\":[{\"lineId\":\"1\",\"quantity\":-1}]}", 422, "lines[0].quantity"),
                new Case("cancel a huge quantity", "POST", "/api/v1/orders/nope/cancel",
                        "{\"lines\":[{\"lineId\":\"1\",\"quantity\":99999999999999999999}]}", 422,
                        "lines[0].quantity"),
                new Case("cancel the same line twice", "POST", "/api/v1/orders/nope/cancel",
                        "{\"lines\":[{\"lineId\":\"1\",\"quantity\":1},{\"lineId\":\"1\",\"quantity\":1}]}", 422,
                        "lines[1].lineId"),
                new Case("cancel deep nesting", "POST", "/api/v1/orders/nope/cancel",
                        "{\"lines\":" + "[".repeat(3000) + "]".repeat(3000) + "}", 422, null),
                new Case("webhook for an unknown contract", "POST", "/api/v1/webhooks/no-such-contract", "{}", 404,
                        null),
                new Case("webhook unsigned", "POST", WEBHOOK, "{\"eventId\":\"1\"}", 401, null),
                new Case("webhook not JSON and unsigned", "POST", WEBHOOK, "<xml/>", 401, null),
                new Case("webhook over 256 KiB", "POST", WEBHOOK, "{\"a\":\"" + "x".repeat(300 * 1024) + "\"}",
                        413, null),
                new Case("webhook path traversal", "POST", "/api/v1/webhooks/..%2F..%2Fetc/passwd", "{}", 404, null),
                new Case("exceptions with an unknown state", "GET", "/api/v1/exceptions?state=Nope", null, 422,
                        "state"),
                new Case("exceptions with limit 0", "GET", "/api/v1/exceptions?limit=0", null, 422, "limit"),
                new Case("exceptions with limit too large", "GET", "/api/v1/exceptions?limit=100000", null, 422,
                        "limit"),
                new Case("exceptions with a limit that is no number", "GET", "/api/v1/exceptions?limit=abc", null,
                        422, "limit"),
                new Case("an unknown exception", "GET", "/api/v1/exceptions/nope", null, 404, null),
                new Case("retry an unknown exception", "POST", "/api/v1/exceptions/nope/retry", "{}", 404, null),
                new Case("resolve with invalid JSON", "POST", "/api/v1/exceptions/nope/resolve", "{", 422, "body"),
                new Case("resolve with a blank reference", "POST", "/api/v1/exceptions/nope/resolve",
                        "{\"vendorReference\":\" \"}", 422, "vendorReference"),
                new Case("resolve with a huge note", "POST", "/api/v1/exceptions/nope/resolve",
                        "{\"note\":\"" + "n".repeat(5000) + "\"}", 422, "note"),
                new Case("reassign without a node", "POST", "/api/v1/exceptions/nope/reassign", "{}", 422, "node"),
                new Case("reassign to a number", "POST", "/api/v1/exceptions/nope/reassign", "{\"node\":7}", 422,
                        "node"),
                new Case("reassign an unknown exception", "POST", "/api/v1/exceptions/nope/reassign",
                        "{\"node\":\"store-boston\"}", 404, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void refusedWithTheRightStatusAndNeverA5xx(Case c) {
        var request = given().contentType("application/json");
        if (c.body() != null) {
            request = request.body(c.body());
        }
        Response response = "GET".equals(c.method()) ? request.get(c.path()) : request.post(c.path());

        assertThat(response.statusCode()).as(c.name() + ": " + response.asString()).isEqualTo(c.status());
        if (c.status() != 404 || response.contentType().startsWith("application/problem+json")) {
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
        if (c.field() != null) {
            assertThat(response.jsonPath().getList("errors.field", String.class)).contains(c.field());
        }
    }
}
