package dev.waybill.operator.security;

import dev.waybill.operator.OperatorTestEnvironment;
import dev.waybill.operator.TestTokens;
import dev.waybill.testkit.Repo;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The authorization matrix: each role against each kind of call → 2xx/4xx of the call itself, 401 without a
 * token, 403 with a token lacking the role; object-level checks on channels.
 */
@QuarkusTest
@QuarkusTestResource(OperatorTestEnvironment.class)
class ApiAuthorizationIT {

    /**
     * call | none | intake | read | operations: the status each caller gets ("ok" = not 401/403: the call's own
     * answer, e.g. 202, 200 or 404 for an unknown id).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            POST /api/v1/orders                         | 401 | ok  | 403 | 403
            GET /api/v1/orders/nope                     | 401 | ok  | ok  | ok
            GET /api/v1/orders/nope/events              | 401 | ok  | ok  | ok
            POST /api/v1/orders/nope/cancel             | 401 | 403 | 403 | ok
            POST /api/v1/routing/preview                | 401 | ok  | ok  | ok
            PUT /api/v1/nodes/nope/inventory            | 401 | 403 | 403 | ok
            GET /api/v1/exceptions                      | 401 | 403 | ok  | ok
            POST /api/v1/exceptions/nope/resolve        | 401 | 403 | 403 | ok
            GET /q/health/ready                         | ok  | ok  | ok  | ok
            GET /q/metrics                              | ok  | ok  | ok  | ok
            """)
    void eachRoleGetsWhatItMayDo(String call, String none, String intake, String read, String operations)
            throws IOException {
        String[] parts = call.split(" ");
        expect(parts[0], parts[1], null, none);
        expect(parts[0], parts[1], TestTokens.INTAKE, intake);
        expect(parts[0], parts[1], TestTokens.READ, read);
        expect(parts[0], parts[1], TestTokens.OPERATIONS, operations);
    }

    @Test
    void anUnknownTokenIsUnauthenticatedWithAChallengeAndProblemJson() {
        var response = request("it-token-that-nobody-has-000").get("/api/v1/exceptions");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(given().header("Authorization", "Basic abc").get("/api/v1/exceptions").statusCode())
                .isEqualTo(401);
    }

    @Test
    void aChannelTokenSendsAndSeesOnlyItsChannelsOrders() throws IOException {
        String webUs = order("web-us");
        String id = request(TestTokens.WEB_US).contentType("application/json").body(webUs).post("/api/v1/orders")
                .then().statusCode(202).extract().path("id");
        request(TestTokens.WEB_US).get("/api/v1/orders/" + id).then().statusCode(200);

        request(TestTokens.WEB_US).contentType("application/json").body(order("marketplace"))
                .post("/api/v1/orders").then().statusCode(403);
        String other = request(TestTokens.ALL).contentType("application/json").body(order("marketplace"))
                .post("/api/v1/orders").then().statusCode(202).extract().path("id");
        request(TestTokens.WEB_US).get("/api/v1/orders/" + other).then().statusCode(404);
        request(TestTokens.WEB_US).get("/api/v1/orders/" + other + "/events").then().statusCode(404);
        request(TestTokens.READ).get("/api/v1/orders/" + other).then().statusCode(200);
    }

    private static void expect(String method, String path, String token, String wanted) throws IOException {
        RequestSpecification request = request(token).contentType("application/json")
                .queryParam("namespace", OperatorTestEnvironment.NAMESPACE);
        String body = path.endsWith("/orders") || path.endsWith("/preview") ? order("web-us")
                : path.endsWith("/inventory") ? "[]" : "{}";
        int status = switch (method) {
            case "GET" -> request.get(path).statusCode();
            case "PUT" -> request.body(body).put(path).statusCode();
            default -> request.body(body).post(path).statusCode();
        };
        if ("ok".equals(wanted)) {
            assertThat(status).as("%s %s with %s", method, path, token).isNotIn(401, 403).isLessThan(500);
        } else {
            assertThat(status).as("%s %s with %s", method, path, token).isEqualTo(Integer.parseInt(wanted));
        }
    }

    /** A request with exactly this token (none when null) in place of the suite's default one. */
    private static RequestSpecification request(String token) {
        return given().header("Authorization", token == null ? "" : "Bearer " + token);
    }

    private static String order(String channel) throws IOException {
        return Files.readString(Repo.path("examples/orders/SO-1001.json"))
                .replace("SO-1001", "AUTH-" + UUID.randomUUID().toString().substring(0, 8))
                .replace("\"web-us\"", "\"" + channel + "\"");
    }
}
