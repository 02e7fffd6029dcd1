package dev.waybill.operator.intake;

import dev.waybill.operator.OperatorTestEnvironment;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Malformed and hostile requests each get the right 4xx as application/problem+json naming the field, never a 5xx,
 * and never an order.
 */
@QuarkusTest
@QuarkusTestResource(OperatorTestEnvironment.class)
class HostileRequestsIT {

    /** One bad request and what the answer must say. {@code field} null: no field error expected. */
    record Case(String name, String contentType, String body, String key, int status, String field) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        String good = Orders.sample("SO-1001.json");
        return Stream.of(
                bad("not JSON at all", "hello", "body"),
                bad("truncated JSON", good.substring(0, 80), "body"),
                bad("empty body", "", "body"),
                bad("a JSON array", "[" + good + "]", "body"),
                bad("a JSON string", "\"order\"", "body"),
                bad("JSON null", "null", "body"),
                bad("trailing garbage", good + "}}", "body"),
                bad("duplicate keys", good.replace("\"orderId\": \"SO-1001\"", "\"orderId\": \"A\", \"orderId\": \"B\""), "body"),
                bad("deep nesting", "[".repeat(5000) + "]".repeat(5000), "body"),
                bad("unknown schemaVersion", good.replace("\"schemaVersion\": \"1\"", "\"schemaVersion\": \"2\""), "schemaVersion"),
                bad("missing schemaVersion", good.replace("\"schemaVersion\": \"1\",", ""), "schemaVersion"),
                bad("schemaVersion as number", good.replace("\"schemaVersion\": \"1\"", "\"schemaVersion\": 1"), "schemaVersion"),
                bad("missing orderId", good.replace("\"orderId\": \"SO-1001\",", ""), "orderId"),
                bad("SQL injection in orderId", good.replace("SO-1001", "1'; DROP TABLE orders;--"), "orderId"),
                bad("script in orderId", good.replace("SO-1001", "<script>alert(1)</script>"), "orderId"),
                bad("orderId too long", good.replace("SO-1001", "X".repeat(500)), "orderId"),
                bad("quantity negative", good.replace("\"quantity\": 2", "\"quantity\": -2"), "lines[0].quantity"),
                bad("quantity zero", good.replace("\"quantity\": 2", "\"quantity\": 0"), "lines[0].quantity"),
                bad("quantity fractional", good.replace("\"quantity\": 2", "\"quantity\": 2.5"), "lines[0].quantity"),
                bad("quantity as string", good.replace("\"quantity\": 2", "\"quantity\": \"2\""), "lines[0].quantity"),
                bad("quantity huge", good.replace("\"quantity\": 2", "\"quantity\": 99999999999999999999"), "lines[0].quantity"),
                bad("quantity 1e309", good.replace("\"quantity\": 2", "\"quantity\": 1e309"), "lines[0].quantity"),
                bad("price as number", good.replace("\"unitPrice\": \"19.99\"", "\"unitPrice\": 19.99"), "lines[0].unitPrice"),
                bad("price with five decimals", good.replace("\"19.99\"", "\"19.99999\""), "lines[0].unitPrice"),
                bad("price negative", good.replace("\"19.99\"", "\"-19.99\""), "lines[0].unitPrice"),
                bad("price NaN", good.replace("\"19.99\"", "\"NaN\""), "lines[0].unitPrice"),
                bad("no lines", good.replaceAll("(?s)\"lines\": \\[.*?\\]", "\"lines\": []"), "lines"),
                bad("lines not an array", good.replaceAll("(?s)\"lines\": \\[.*?\\]", "\"lines\": {}"), "lines"),
                bad("unknown shipping method", good.replace("\"standard\"", "\"teleport\""), "shippingMethod"),
                bad("country not ISO", good.replace("\"country\": \"US\"", "\"country\": \"USA\""), "shipTo.country"),
                bad("latitude out of range", good.replace("39.78", "139.78"), "shipTo.latitude"),
                bad("placedAt not a timestamp", good.replace("2026-11-27T10:00:00Z", "yesterday"), "placedAt"),
                bad("currency lower case", good.replace("\"USD\"", "\"usd\""), "currency"),
                bad("unknown top-level field", good.replaceFirst("\\{", "{\"priority\": \"high\","), "priority"),
                bad("control character in name", good.replace("Ada Lovelace", "Ada\\u0000Lovelace"), "shipTo.name"),
                bad("shipTo missing", good.replaceAll("(?s)\"shipTo\": \\{.*?\\},", ""), "shipTo"),
                bad("customer email malformed", good.replace("customer1001@example.com", "not-an-email"), "customer.email"),
                new Case("text/plain content type", "text/plain", good, null, 415, null),
                new Case("no content type", null, good, null, 415, null),
                new Case("300 KiB body", "application/json", good.replace("\"Ada Lovelace\"",
                        "\"" + "A".repeat(300 * 1024) + "\""), null, 413, null),
                new Case("idempotency key with spaces", "application/json", good, "a key with spaces", 400, null),
                new Case("idempotency key too long", "application/json", good, "k".repeat(300), 400, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void refusedWithProblemJsonNamingTheField(Case c) {
        // a fresh order id, so that a case accepted by mistake cannot hide behind a duplicate
        var request = given().body(c.body().replace("SO-1001", "SO-H-" + UUID.randomUUID())
                .getBytes(StandardCharsets.UTF_8));
        if (c.contentType() != null) {
            request = request.contentType(c.contentType());
        } else {
            request = request.noContentType();
        }
        if (c.key() != null) {
            request = request.header("Idempotency-Key", c.key());
        }
        Response response = request.post("/api/v1/orders");

        assertThat(response.statusCode()).as("%s: %s", c.name(), response.asString()).isEqualTo(c.status());
        assertThat(response.contentType()).startsWith(ProblemDetails.MEDIA_TYPE);
        assertThat(response.<Integer>path("status")).isEqualTo(c.status());
        if (c.field() != null) {
            List<String> fields = response.path("errors.field");
            assertThat(fields).as("%s names the field: %s", c.name(), response.asString()).contains(c.field());
        }
    }

    @Test
    void theCorpusIsLargeEnough() {
        assertThat(cases().count()).isGreaterThanOrEqualTo(40);
    }

    private static Case bad(String name, String body, String field) {
        return new Case(name, "application/json", body, null, 422, field);
    }
}
