package dev.waybill.adapter.remote;

import dev.waybill.adapter.connector.CircuitState;
import dev.waybill.adapter.connector.ContractDefinition;
import dev.waybill.adapter.connector.FailureClass;
import dev.waybill.adapter.connector.FailureReasons;
import dev.waybill.adapter.connector.VendorOutcome.Failed;
import dev.waybill.adapter.connector.VendorOutcome.Succeeded;
import dev.waybill.adapter.rest.RestConnector;
import dev.waybill.adapter.testing.MutableClock;
import dev.waybill.adapter.testing.StubVendor;
import dev.waybill.adapter.testing.StubVendor.Reply;
import dev.waybill.adapter.testing.TestContracts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calls through an adapter app, played by a stub that decodes each call, runs it with the REST connector against a
 * stub vendor and answers the outcome; and what happens when the adapter itself fails.
 */
class RemoteConnectorTest {

    private static final Set<String> REFERENCE = Set.of("vendorReference");
    private static final String CONTRACT = """
            schemaVersion: "1"
            baseUrl: %s
            resilience: { timeout: 500ms, retry: { maxAttempts: 2, initialBackoff: 1ms, maxBackoff: 5ms } }
            operations:
              create:
                method: POST
                path: /v1/fulfillments
                idempotencyKeyHeader: Idempotency-Key
                request: '{ "clientReference": shipment.id, "city": order.shipTo.city }'
                response: '{ "vendorReference": id, "status": status, "refusal": error }'
            """;

    private final MutableClock clock = MutableClock.at("2026-11-27T10:00:00Z");
    private final StubVendor vendor = StubVendor.start();
    private final StubVendor adapter = StubVendor.start();
    private final ContractDefinition definition = TestContracts.definition("acme", CONTRACT.formatted(vendor.baseUrl()),
            null);
    private final RestConnector rest = RestConnector.create(definition, Clock.systemUTC());
    private final RemoteConnector remote = RemoteConnector.create(definition, URI.create(adapter.baseUrl()), clock,
            Duration.ofMillis(400));

    @AfterEach
    void stop() {
        remote.close();
        rest.close();
        vendor.close();
        adapter.close();
    }

    private void adapterRunsCalls() {
        adapter.answer("POST", "/v1/calls", received -> {
            try {
                byte[] outcome = CallCodec.encodeOutcome(rest.call(CallCodec.decodeCall(
                        received.body().getBytes(StandardCharsets.UTF_8))));
                return Reply.json(200, new String(outcome, StandardCharsets.UTF_8));
            } catch (InvalidCallException e) {
                return Reply.json(400, "{\"detail\":\"" + e.getMessage() + "\"}");
            }
        });
    }

    @Test
    void aCallReachesTheVendorThroughTheAdapter() {
        adapterRunsCalls();
        vendor.on("POST", "/v1/fulfillments", Reply.json(201, "{\"id\":\"F-1\",\"status\":\"RECEIVED\"}"));

        Succeeded succeeded = (Succeeded) remote.call(TestContracts.create("S-1", REFERENCE));

        assertThat(succeeded.response()).containsEntry("vendorReference", "F-1");
        assertThat(succeeded.httpStatus()).isEqualTo(201);
        assertThat(succeeded.attempts()).singleElement().satisfies(a -> assertThat(a.httpStatus()).isEqualTo(201));
        assertThat(vendor.received("POST", "/v1/fulfillments")).singleElement().satisfies(r -> {
            assertThat(r.header("Idempotency-Key")).isEqualTo("key-S-1");
            assertThat(r.body()).contains("Springfield");
        });
        assertThat(adapter.received().get(0).header("X-Correlation-Id")).isEqualTo("corr-1");
    }

    @Test
    void aVendorRefusalComesBackAsTheAdapterSawIt() {
        adapterRunsCalls();
        vendor.on("POST", "/v1/fulfillments", Reply.json(422, "{\"error\":\"OutOfStock\"}"));

        Failed failed = (Failed) remote.call(TestContracts.create("S-2", REFERENCE));

        assertThat(failed.failureClass()).isEqualTo(FailureClass.Business);
        assertThat(failed.reason()).isEqualTo(FailureReasons.NON_RETRYABLE_VENDOR_ERROR);
        assertThat(failed.httpStatus()).isEqualTo(422);
        assertThat(failed.refusal()).isEqualTo("OutOfStock");
    }

    @Test
    void anAdapterThatCannotBeReachedIsTransientAndNothingWasSent() throws IOException {
        try (RemoteConnector unreachable = RemoteConnector.create(definition, URI.create(closedPortUrl()), clock)) {
            Failed failed = (Failed) unreachable.call(TestContracts.create("S-3", REFERENCE));

            assertThat(failed.failureClass()).isEqualTo(FailureClass.Transient);
            assertThat(failed.reason()).isEqualTo(RemoteConnector.ADAPTER_UNREACHABLE);
            assertThat(failed.mayHaveReachedVendor()).isFalse();
            assertThat(failed.attempts()).singleElement().satisfies(a -> assertThat(a.errorClass()).isEqualTo("Connect"));
            assertThat(unreachable.circuitState()).isEqualTo(CircuitState.Open);
        }
    }

    @Test
    void anAdapterSilentAfterTheRequestIsAnUnknownOutcomeAndNotResent() {
        adapter.on("POST", "/v1/calls", Reply.json(200, "{}").after(Duration.ofSeconds(2)));

        Failed failed = (Failed) remote.call(TestContracts.create("S-4", REFERENCE));

        assertThat(failed.failureClass()).isEqualTo(FailureClass.UnknownOutcome);
        assertThat(failed.reason()).isEqualTo(FailureReasons.UNKNOWN_OUTCOME);
        assertThat(failed.mayHaveReachedVendor()).isTrue();
        assertThat(failed.attempts()).singleElement().satisfies(a -> assertThat(a.errorClass()).isEqualTo("Timeout"));
        assertThat(adapter.received("POST", "/v1/calls")).hasSize(1);
    }

    @Test
    void anAdapterErrorIsAnUnknownOutcomeAndItsRefusalIsBusiness() {
        adapter.on("POST", "/v1/calls", Reply.json(500, "{}"), Reply.json(400, "{\"detail\":\"input: is required\"}"),
                Reply.json(200, "{\"outcome\":\"Perhaps\"}"));

        Failed crashed = (Failed) remote.call(TestContracts.create("S-5", REFERENCE));
        Failed refused = (Failed) remote.call(TestContracts.create("S-5", REFERENCE));
        Failed garbled = (Failed) remote.call(TestContracts.create("S-5", REFERENCE));

        assertThat(crashed.failureClass()).isEqualTo(FailureClass.UnknownOutcome);
        assertThat(refused.failureClass()).isEqualTo(FailureClass.Business);
        assertThat(refused.reason()).isEqualTo(RemoteConnector.ADAPTER_REFUSED_CALL);
        assertThat(refused.message()).contains("input: is required");
        assertThat(refused.mayHaveReachedVendor()).isFalse();
        assertThat(garbled.failureClass()).isEqualTo(FailureClass.UnknownOutcome);
    }

    @Test
    void anOperationTheContractLacksIsRefusedWithoutAsking() {
        Failed failed = (Failed) remote.call(TestContracts.call("cancel", TestContracts.createInput("S-6"), Set.of(),
                false));

        assertThat(failed.reason()).isEqualTo(FailureReasons.UNSUPPORTED_OPERATION);
        assertThat(adapter.received()).isEmpty();
        assertThat(remote.supports("create")).isTrue();
        assertThat(remote.hasIdempotencyKey("create")).isTrue();
    }

    @Test
    void theCircuitAndFiguresAreTheAdaptersReadAtMostOnceASecond() {
        adapter.on("GET", "/v1/contract", Reply.json(200, """
                {"name":"acme","circuitState":"HalfOpen","stats":{"requests":7,"errors":2,"retries":1,
                 "windowSeconds":60,"windowRequests":7,"windowErrors":2,"windowRetries":1,"p50Millis":12.0,
                 "p99Millis":80.5}}"""));

        assertThat(remote.circuitState()).isEqualTo(CircuitState.HalfOpen);
        assertThat(remote.stats().requests()).isEqualTo(7);
        assertThat(remote.stats().p99Millis()).isEqualTo(80.5);
        assertThat(adapter.received("GET", "/v1/contract")).hasSize(1);

        clock.advance(Duration.ofSeconds(1));
        remote.circuitState();
        assertThat(adapter.received("GET", "/v1/contract")).hasSize(2);
    }

    @Test
    void theCallTimeoutCoversEveryAttemptAndIsBounded() {
        assertThat(RemoteConnector.callTimeout(TestContracts.spec(CONTRACT.formatted("http://v")))).isEqualTo(
                Duration.ofMillis(2 * (500 + 5) + 5000));
        assertThat(RemoteConnector.callTimeout(TestContracts.spec("""
                baseUrl: http://v
                resilience: { timeout: 2s, retry: { maxAttempts: 3, maxBackoff: 1s } }
                operations: { create: { method: POST, path: /a, timeout: 4s } }
                """))).isEqualTo(Duration.ofSeconds(3 * 5 + 5));
        assertThat(RemoteConnector.callTimeout(TestContracts.spec("baseUrl: http://v\noperations: {}")))
                .isEqualTo(Duration.ofSeconds(3 * (5 + 10) + 5));
        assertThat(RemoteConnector.callTimeout(TestContracts.spec("""
                baseUrl: http://v
                resilience: { timeout: 30s, retry: { maxAttempts: 20 } }
                operations: {}
                """))).isEqualTo(Duration.ofSeconds(120));
    }

    @Test
    void aClosedConnectorSendsNothing() {
        remote.close();

        Failed failed = (Failed) remote.call(TestContracts.create("S-7", REFERENCE));

        assertThat(failed.failureClass()).isEqualTo(FailureClass.Transient);
        assertThat(adapter.received()).isEmpty();
    }

    private static String closedPortUrl() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        }
    }
}
