package dev.waybill.adapter.rest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.waybill.adapter.auth.HmacSha256;
import dev.waybill.adapter.connector.FailureClass;
import dev.waybill.adapter.connector.FailureReasons;
import dev.waybill.adapter.connector.VendorCall;
import dev.waybill.adapter.connector.VendorOutcome;
import dev.waybill.adapter.connector.VendorOutcome.Failed;
import dev.waybill.adapter.connector.VendorOutcome.Succeeded;
import dev.waybill.adapter.testing.MutableClock;
import dev.waybill.adapter.testing.StubVendor;
import dev.waybill.adapter.testing.StubVendor.Received;
import dev.waybill.adapter.testing.StubVendor.Reply;
import dev.waybill.adapter.testing.TestContracts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** What reaches the vendor: method, URL, headers per auth scheme, body. */
class RestConnectorRequestTest {

    private static final MutableClock CLOCK = MutableClock.at("2026-11-27T10:00:00Z");
    private static final String CREATED = "{\"id\":\"F-1\",\"status\":\"RECEIVED\"}";

    private final StubVendor stub = StubVendor.start();

    @AfterEach
    void stop() {
        stub.close();
    }

    private String contract(String auth) {
        return """
                schemaVersion: "1"
                baseUrl: %s
                auth: %s
                operations:
                  create:
                    method: POST
                    path: /v1/fulfillments
                    idempotencyKeyHeader: Idempotency-Key
                    request: '{ "clientReference": shipment.id, "city": order.shipTo.city }'
                    response: '{ "vendorReference": id, "status": status }'
                  lookup:
                    method: GET
                    path: /v1/fulfillments?clientReference={clientReference}
                    request: '{ "clientReference": shipment.id }'
                    response: '{ "vendorReference": items[0].id, "status": items[0].status }'
                  cancel:
                    method: DELETE
                    path: /orders/{vendorReference}
                    request: '{ "vendorReference": shipment.vendorReference }'
                  availability:
                    method: GET
                    path: /stock
                    response: '[items.{ "sku": sku, "available": onHand }]'
                statusMapping: { RECEIVED: Submitted }
                resilience: { timeout: 2s, retry: { maxAttempts: 1 } }
                """.formatted(stub.baseUrl(), auth);
    }

    private Received createWith(String auth, String credential) {
        stub.on("POST", "/v1/fulfillments", Reply.json(201, CREATED));
        try (RestConnector connector = RestConnector.create(
                TestContracts.definition("acme", contract(auth), credential), CLOCK)) {
            assertThat(connector.call(TestContracts.create("S-1", Set.of("vendorReference"))))
                    .isInstanceOf(Succeeded.class);
        }
        assertThat(stub.received()).hasSize(1);
        return stub.received().get(0);
    }

    @Test
    void bearerSendsTheTokenTheIdempotencyKeyAndTheCorrelationId() throws Exception {
        Received request = createWith("{ type: Bearer, secretRef: { name: s, key: k } }", "tok-1");

        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.pathAndQuery()).isEqualTo("/vendor/v1/fulfillments");
        assertThat(request.header("Authorization")).isEqualTo("Bearer tok-1");
        assertThat(request.header("Idempotency-Key")).isEqualTo("key-S-1");
        assertThat(request.header("X-Correlation-Id")).isEqualTo("corr-1");
        assertThat(request.header("Content-Type")).isEqualTo("application/json");
        assertThat(request.header("Accept")).isEqualTo("application/json");
        JsonNode body = TestContracts.JSON.readTree(request.body());
        assertThat(body.path("clientReference").asText()).isEqualTo("S-1");
        assertThat(body.path("city").asText()).isEqualTo("Springfield");
    }

    @Test
    void aCredentialEndingInANewlineIsSentWithout() {
        Received request = createWith("{ type: Bearer, secretRef: { name: s, key: k } }", "tok-1\n");

        assertThat(request.header("Authorization")).isEqualTo("Bearer tok-1");
    }

    @Test
    void aControlCharacterInAHeaderEndsTheCallUnsent() {
        try (RestConnector connector = RestConnector.create(TestContracts.definition("acme",
                contract("{ type: None }"), null), CLOCK)) {
            VendorOutcome outcome = connector.call(new VendorCall("create", "key\r\nX-Evil: 1",
                    TestContracts.createInput("S-1"), Set.of(), false, "corr-1"));

            assertThat(outcome).isInstanceOfSatisfying(Failed.class, failed ->
                    assertThat(failed.reason()).isEqualTo(FailureReasons.MAPPING_FAILED));
        }
        assertThat(stub.received()).isEmpty();
    }

    @Test
    void basicEncodesUserAndPassword() {
        Received request = createWith("{ type: Basic, secretRef: { name: s, key: k } }", "waybill:pw");

        assertThat(request.header("Authorization")).isEqualTo("Basic "
                + Base64.getEncoder().encodeToString("waybill:pw".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void apiKeyGoesInItsHeader() {
        Received request = createWith("{ type: ApiKeyHeader, header: X-Api-Key, secretRef: { name: s, key: k } }",
                "key-1");

        assertThat(request.header("X-Api-Key")).isEqualTo("key-1");
        assertThat(request.header("Authorization")).isNull();
    }

    @Test
    void hmacSignsTimestampAndBody() {
        Received request = createWith("{ type: HmacSha256, header: X-Signature, secretRef: { name: s, key: k } }",
                "hmac-secret");

        long seconds = CLOCK.instant().getEpochSecond();
        assertThat(request.header("X-Timestamp")).isEqualTo(Long.toString(seconds));
        assertThat(request.header("X-Signature")).isEqualTo(HmacSha256.hex("hmac-secret",
                HmacSha256.timestamped(seconds, request.body().getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void noneSendsNoCredential() {
        Received request = createWith("{ type: None }", null);

        assertThat(request.header("Authorization")).isNull();
    }

    @Test
    void placeholdersAreFilledUrlEncodedAndReadsSendNoBody() {
        stub.on("GET", "/v1/fulfillments", Reply.json(200, "{\"items\":[{\"id\":\"F-9\",\"status\":\"RECEIVED\"}]}"));
        try (RestConnector connector = RestConnector.create(TestContracts.definition("acme",
                contract("{ type: None }"), null), CLOCK)) {
            VendorOutcome outcome = connector.call(TestContracts.call("lookup",
                    Map.of("shipment", Map.of("id", "S 1/2&x")), Set.of("vendorReference"), false));

            assertThat(outcome).isInstanceOf(Succeeded.class);
            assertThat(((Succeeded) outcome).response()).containsEntry("vendorReference", "F-9")
                    .containsEntry("status", "Submitted").containsEntry("vendorStatus", "RECEIVED");
        }
        Received request = stub.received().get(0);
        assertThat(request.pathAndQuery()).isEqualTo("/vendor/v1/fulfillments?clientReference=S%201%2F2%26x");
        assertThat(request.body()).isEmpty();
        assertThat(request.header("Content-Type")).isNull();
        assertThat(request.header("Idempotency-Key")).isNull();
    }

    @Test
    void aPlaceholderWithoutValueFailsTheMappingWithoutHttp() {
        try (RestConnector connector = RestConnector.create(TestContracts.definition("acme",
                contract("{ type: None }"), null), CLOCK)) {
            VendorOutcome outcome = connector.call(TestContracts.call("cancel",
                    Map.of("shipment", Map.of("id", "S-1")), Set.of(), false));

            assertThat(outcome).isInstanceOfSatisfying(Failed.class, failed -> {
                assertThat(failed.failureClass()).isEqualTo(FailureClass.Business);
                assertThat(failed.reason()).isEqualTo(FailureReasons.MAPPING_FAILED);
                assertThat(failed.message()).contains("{vendorReference}");
                assertThat(failed.attempts()).isEmpty();
            });
        }
        assertThat(stub.received()).isEmpty();
    }

    @Test
    void deleteSendsNoBody() {
        stub.on("DELETE", "/orders/V-7", Reply.json(204, null));
        try (RestConnector connector = RestConnector.create(TestContracts.definition("acme",
                contract("{ type: None }"), null), CLOCK)) {
            VendorOutcome outcome = connector.call(TestContracts.call("cancel",
                    Map.of("shipment", Map.of("id", "S-1", "vendorReference", "V-7")), Set.of(), false));

            assertThat(outcome).isInstanceOfSatisfying(Succeeded.class, ok -> {
                assertThat(ok.httpStatus()).isEqualTo(204);
                assertThat(ok.response()).isEmpty();
            });
        }
        assertThat(stub.received().get(0).body()).isEmpty();
    }

    @Test
    void anUnsupportedOperationFailsWithoutHttp() {
        try (RestConnector connector = RestConnector.create(TestContracts.definition("acme",
                contract("{ type: None }"), null), CLOCK)) {
            assertThat(connector.supports("reserve")).isFalse();
            assertThat(connector.supports("create")).isTrue();
            assertThat(connector.hasIdempotencyKey("create")).isTrue();
            assertThat(connector.hasIdempotencyKey("cancel")).isFalse();
            assertThat(connector.contract()).isEqualTo("acme");

            VendorOutcome outcome = connector.call(TestContracts.call("reserve", Map.of(), Set.of(), false));

            assertThat(outcome).isInstanceOfSatisfying(Failed.class, failed -> {
                assertThat(failed.failureClass()).isEqualTo(FailureClass.Business);
                assertThat(failed.reason()).isEqualTo(FailureReasons.UNSUPPORTED_OPERATION);
            });
        }
        assertThat(stub.received()).isEmpty();
    }

    @Test
    void anUnknownVendorStatusKeepsTheWordAndNoState() {
        stub.on("POST", "/v1/fulfillments", Reply.json(201, "{\"id\":\"F-1\",\"status\":\"ON_THE_MOON\"}"));
        try (RestConnector connector = RestConnector.create(TestContracts.definition("acme",
                contract("{ type: None }"), null), CLOCK)) {
            Succeeded ok = (Succeeded) connector.call(TestContracts.create("S-1", Set.of("vendorReference")));

            assertThat(ok.response()).containsEntry("status", null).containsEntry("vendorStatus", "ON_THE_MOON");
            assertThat(ok.attempts()).singleElement().satisfies(attempt -> {
                assertThat(attempt.errorClass()).isNull();
                assertThat(attempt.httpStatus()).isEqualTo(201);
                assertThat(attempt.operation()).isEqualTo("create");
            });
        }
    }

    @Test
    void aListResultIsAnsweredUnderResult() {
        stub.on("GET", "/stock", Reply.json(200, "{\"items\":[{\"sku\":\"A\",\"onHand\":3},{\"sku\":\"B\",\"onHand\":0}]}"));
        try (RestConnector connector = RestConnector.create(TestContracts.definition("acme",
                contract("{ type: None }"), null), CLOCK)) {
            Succeeded ok = (Succeeded) connector.call(new VendorCall("availability", null, Map.of(), Set.of(),
                    false, null));

            assertThat(ok.response().get("result")).asList().hasSize(2);
        }
        assertThat(stub.received().get(0).header("X-Correlation-Id")).isNull();
    }

    @Test
    void statsCountRequests() {
        stub.on("POST", "/v1/fulfillments", Reply.json(201, CREATED));
        try (RestConnector connector = RestConnector.create(TestContracts.definition("acme",
                contract("{ type: None }"), null), CLOCK)) {
            connector.call(TestContracts.create("S-1", Set.of()));
            connector.call(TestContracts.create("S-2", Set.of()));

            assertThat(connector.stats().requests()).isEqualTo(2);
            assertThat(connector.stats().windowRequests()).isEqualTo(2);
            assertThat(connector.stats().errors()).isZero();
            assertThat(connector.stats().p99Millis()).isGreaterThanOrEqualTo(connector.stats().p50Millis());
        }
    }
}
