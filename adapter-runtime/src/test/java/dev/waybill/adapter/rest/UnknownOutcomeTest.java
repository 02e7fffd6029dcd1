package dev.waybill.adapter.rest;

import dev.waybill.adapter.connector.FailureClass;
import dev.waybill.adapter.connector.FailureReasons;
import dev.waybill.adapter.connector.VendorCall;
import dev.waybill.adapter.connector.VendorOutcome;
import dev.waybill.adapter.connector.VendorOutcome.Failed;
import dev.waybill.adapter.connector.VendorOutcome.Succeeded;
import dev.waybill.adapter.testing.MutableClock;
import dev.waybill.adapter.testing.StubVendor;
import dev.waybill.adapter.testing.StubVendor.Reply;
import dev.waybill.adapter.testing.TestContracts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request that may have reached the vendor is settled by lookup, or resent under the vendor's idempotency key, or
 * handed to a person; never resent blindly.
 */
class UnknownOutcomeTest {

    private static final Set<String> EXPECT = Set.of("vendorReference");
    private static final Reply SLOW = Reply.json(201, "{\"id\":\"F-1\",\"status\":\"RECEIVED\"}").after(Duration.ofMillis(1500));
    private static final Reply CREATED = Reply.json(201, "{\"id\":\"F-1\",\"status\":\"RECEIVED\"}");
    private static final Reply FOUND = Reply.json(200, "{\"items\":[{\"id\":\"F-1\",\"status\":\"ACCEPTED\"}]}");
    private static final Reply NONE = Reply.json(200, "{\"items\":[]}");

    private final MutableClock clock = MutableClock.at("2026-11-27T10:00:00Z");
    private final StubVendor stub = StubVendor.start();

    @AfterEach
    void stop() {
        stub.close();
    }

    private RestConnector connector(boolean lookup, boolean idempotencyKey) {
        return connector(stub.baseUrl(), lookup, idempotencyKey);
    }

    private RestConnector connector(String baseUrl, boolean lookup, boolean idempotencyKey) {
        String lookupOperation = !lookup ? "" : """
                  lookup:
                    method: GET
                    path: /v1/fulfillments?clientReference={clientReference}
                    request: '{ "clientReference": shipment.id }'
                    response: '{ "vendorReference": items[0].id, "status": items[0].status }'
                """;
        return RestConnector.create(TestContracts.definition("unknown", """
                schemaVersion: "1"
                baseUrl: %s
                operations:
                  create:
                    method: POST
                    path: /v1/fulfillments
                    %s
                    request: '{ "clientReference": shipment.id }'
                    response: '{ "vendorReference": id, "status": status }'
                  cancel:
                    method: POST
                    path: /v1/fulfillments/{vendorReference}/cancel
                    request: '{ "vendorReference": shipment.vendorReference }'
                  release:
                    method: DELETE
                    path: /v1/reservations/{reservationId}
                    request: '{ "reservationId": reservationId }'
                %s
                statusMapping: { RECEIVED: Submitted, ACCEPTED: Accepted }
                resilience: { timeout: 300ms, retry: { maxAttempts: 3, initialBackoff: 1ms, maxBackoff: 5ms } }
                """.formatted(baseUrl, idempotencyKey ? "idempotencyKeyHeader: Idempotency-Key" : "",
                lookupOperation), null), clock);
    }

    private VendorOutcome create(RestConnector connector, boolean mayHaveBeenSent) {
        return connector.call(new VendorCall("create", "key-S-1", TestContracts.createInput("S-1"), EXPECT,
                mayHaveBeenSent, "corr-1"));
    }

    @Test
    void aTimeoutAfterSendIsResolvedByLookup() {
        stub.on("POST", "/v1/fulfillments", SLOW).on("GET", "/v1/fulfillments", FOUND);
        VendorOutcome outcome;
        try (RestConnector connector = connector(true, false)) {
            outcome = create(connector, false);
        }

        assertThat(outcome).isInstanceOfSatisfying(Succeeded.class, ok -> {
            assertThat(ok.resolvedByLookup()).isTrue();
            assertThat(ok.response()).containsEntry("vendorReference", "F-1").containsEntry("status", "Accepted");
            assertThat(ok.attempts()).extracting(a -> a.operation() + ":" + a.errorClass())
                    .containsExactly("create:Timeout", "lookup:null");
        });
        assertThat(stub.received("POST", "/v1/fulfillments")).hasSize(1);
    }

    @Test
    void aLookupThatFindsNothingLetsTheCreateBeSentAgain() {
        stub.on("POST", "/v1/fulfillments", SLOW, CREATED).on("GET", "/v1/fulfillments", NONE);
        VendorOutcome outcome;
        try (RestConnector connector = connector(true, false)) {
            outcome = create(connector, false);
        }

        assertThat(outcome).isInstanceOfSatisfying(Succeeded.class, ok -> {
            assertThat(ok.resolvedByLookup()).isFalse();
            assertThat(ok.attempts()).extracting(a -> a.operation() + ":" + a.errorClass())
                    .containsExactly("create:Timeout", "lookup:NotFound", "create:null");
        });
        assertThat(stub.received("POST", "/v1/fulfillments")).hasSize(2);
    }

    @Test
    void aLookupFailingTransientlyIsRetried() {
        stub.on("POST", "/v1/fulfillments", SLOW)
                .on("GET", "/v1/fulfillments", Reply.json(503, "{}"), FOUND);
        VendorOutcome outcome;
        try (RestConnector connector = connector(true, false)) {
            outcome = create(connector, false);
        }

        assertThat(outcome).isInstanceOfSatisfying(Succeeded.class, ok -> assertThat(ok.resolvedByLookup()).isTrue());
        assertThat(stub.received("POST", "/v1/fulfillments")).hasSize(1);
        assertThat(stub.received("GET", "/v1/fulfillments")).hasSize(2);
    }

    @Test
    void withOnlyAnIdempotencyKeyTheCreateIsResentUnderTheSameKey() {
        stub.on("POST", "/v1/fulfillments", SLOW, CREATED);
        VendorOutcome outcome;
        try (RestConnector connector = connector(false, true)) {
            outcome = create(connector, false);
        }

        assertThat(outcome).isInstanceOfSatisfying(Succeeded.class, ok -> assertThat(ok.resolvedByLookup()).isFalse());
        assertThat(stub.received("POST", "/v1/fulfillments")).hasSize(2)
                .extracting(r -> r.header("Idempotency-Key")).containsOnly("key-S-1");
    }

    @Test
    void withNeitherTheOutcomeIsUnknownAfterExactlyOneRequest() {
        stub.on("POST", "/v1/fulfillments", SLOW);
        VendorOutcome outcome;
        try (RestConnector connector = connector(false, false)) {
            outcome = create(connector, false);
        }

        assertThat(outcome).isInstanceOfSatisfying(Failed.class, failed -> {
            assertThat(failed.failureClass()).isEqualTo(FailureClass.UnknownOutcome);
            assertThat(failed.reason()).isEqualTo(FailureReasons.UNKNOWN_OUTCOME);
            assertThat(failed.mayHaveReachedVendor()).isTrue();
            assertThat(failed.attempts()).hasSize(1);
        });
        assertThat(stub.received()).hasSize(1);
    }

    @Test
    void anEarlierDeliveryIsLookedUpBeforeAnythingIsSent() {
        stub.on("POST", "/v1/fulfillments", CREATED).on("GET", "/v1/fulfillments", FOUND);
        VendorOutcome outcome;
        try (RestConnector connector = connector(true, true)) {
            outcome = create(connector, true);
        }

        assertThat(outcome).isInstanceOfSatisfying(Succeeded.class, ok -> assertThat(ok.resolvedByLookup()).isTrue());
        assertThat(stub.received("POST", "/v1/fulfillments")).isEmpty();
        assertThat(stub.received("GET", "/v1/fulfillments")).hasSize(1);
    }

    @Test
    void anEarlierDeliveryNotFoundIsSentOnce() {
        stub.on("POST", "/v1/fulfillments", CREATED).on("GET", "/v1/fulfillments", Reply.json(404, "{}"));
        VendorOutcome outcome;
        try (RestConnector connector = connector(true, false)) {
            outcome = create(connector, true);
        }

        assertThat(outcome).isInstanceOfSatisfying(Succeeded.class, ok -> {
            assertThat(ok.resolvedByLookup()).isFalse();
            assertThat(ok.attempts()).extracting(a -> a.operation() + ":" + a.errorClass())
                    .containsExactly("lookup:NotFound", "create:null");
        });
        assertThat(stub.received("POST", "/v1/fulfillments")).hasSize(1);
    }

    @Test
    void anEarlierDeliveryWithoutLookupOrKeyGoesToAPersonUnsent() {
        VendorOutcome outcome;
        try (RestConnector connector = connector(false, false)) {
            outcome = create(connector, true);
        }

        assertThat(outcome).isInstanceOfSatisfying(Failed.class, failed -> {
            assertThat(failed.failureClass()).isEqualTo(FailureClass.UnknownOutcome);
            assertThat(failed.attempts()).isEmpty();
        });
        assertThat(stub.received()).isEmpty();
    }

    @Test
    void aMalformedAnswerIsSettledByLookup() {
        stub.on("POST", "/v1/fulfillments", Reply.json(200, "{\"unexpected\":true}"))
                .on("GET", "/v1/fulfillments", FOUND);
        VendorOutcome outcome;
        try (RestConnector connector = connector(true, false)) {
            outcome = create(connector, false);
        }

        assertThat(outcome).isInstanceOfSatisfying(Succeeded.class, ok -> {
            assertThat(ok.resolvedByLookup()).isTrue();
            assertThat(ok.attempts()).extracting(a -> a.errorClass()).containsExactly("MalformedResponse", null);
        });
        assertThat(stub.received("POST", "/v1/fulfillments")).hasSize(1);
    }

    @Test
    void aMalformedAnswerWithoutLookupOrKeyIsUnknown() {
        stub.on("POST", "/v1/fulfillments", Reply.json(200, "not json"));
        VendorOutcome outcome;
        try (RestConnector connector = connector(false, false)) {
            outcome = create(connector, false);
        }

        assertThat(outcome).isInstanceOfSatisfying(Failed.class, failed -> {
            assertThat(failed.failureClass()).isEqualTo(FailureClass.UnknownOutcome);
            assertThat(failed.reason()).isEqualTo(FailureReasons.MALFORMED_VENDOR_RESPONSE);
        });
        assertThat(stub.received()).hasSize(1);
    }

    @Test
    void aRefusedConnectionIsTransientNotUnknown() throws IOException {
        String closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = "http://127.0.0.1:" + socket.getLocalPort() + "/vendor";
        }
        VendorOutcome outcome;
        try (RestConnector connector = connector(closedPort, false, false)) {
            outcome = create(connector, false);
        }

        assertThat(outcome).isInstanceOfSatisfying(Failed.class, failed -> {
            assertThat(failed.failureClass()).isEqualTo(FailureClass.Transient);
            assertThat(failed.mayHaveReachedVendor()).isFalse();
            assertThat(failed.attempts()).hasSize(3).allSatisfy(a -> assertThat(a.errorClass()).isEqualTo("Connect"));
        });
    }

    @Test
    void lookupSettlesCreatesOnlyACancelWithoutKeyIsUnknown() {
        stub.on("POST", "/v1/fulfillments/F-1/cancel", SLOW).on("GET", "/v1/fulfillments", FOUND);
        VendorOutcome outcome;
        try (RestConnector connector = connector(true, false)) {
            outcome = connector.call(new VendorCall("cancel", "key-c", Map.of("shipment",
                    Map.of("id", "S-1", "vendorReference", "F-1")), Set.of(), false, "corr-1"));
        }

        assertThat(outcome).isInstanceOfSatisfying(Failed.class, failed ->
                assertThat(failed.failureClass()).isEqualTo(FailureClass.UnknownOutcome));
        assertThat(stub.received()).hasSize(1);
    }

    @Test
    void aDeleteIsIdempotentAndResent() {
        stub.on("DELETE", "/v1/reservations/R-1", Reply.json(204, null).after(Duration.ofMillis(1500)),
                Reply.json(404, "{}"));
        VendorOutcome outcome;
        try (RestConnector connector = connector(false, false)) {
            outcome = connector.call(new VendorCall("release", "key-r", Map.of("reservationId", "R-1"),
                    Set.of(), false, "corr-1"));
        }

        assertThat(outcome).isInstanceOfSatisfying(Failed.class, failed -> {
            assertThat(failed.httpStatus()).as(failed.toString()).isEqualTo(404);
            assertThat(failed.attempts()).extracting(a -> a.errorClass()).containsExactly("Timeout", "ClientError");
        });
    }

    @Test
    void aReadThatTimesOutIsRetriedLikeAnyTransientFailure() {
        stub.on("GET", "/v1/fulfillments", FOUND.after(Duration.ofMillis(1500)), FOUND);
        VendorOutcome outcome;
        try (RestConnector connector = connector(true, false)) {
            outcome = connector.call(new VendorCall("lookup", null, TestContracts.createInput("S-1"), EXPECT,
                    false, "corr-1"));
        }

        assertThat(outcome).isInstanceOfSatisfying(Succeeded.class, ok -> assertThat(ok.resolvedByLookup()).isFalse());
        assertThat(stub.received()).hasSize(2);
    }
}
