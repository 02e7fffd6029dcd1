package dev.waybill.adapter.rest;

import dev.waybill.adapter.connector.CircuitState;
import dev.waybill.adapter.connector.FailureClass;
import dev.waybill.adapter.connector.FailureReasons;
import dev.waybill.adapter.connector.VendorOutcome;
import dev.waybill.adapter.connector.VendorOutcome.Failed;
import dev.waybill.adapter.connector.VendorOutcome.Succeeded;
import dev.waybill.adapter.testing.MutableClock;
import dev.waybill.adapter.testing.StubVendor;
import dev.waybill.adapter.testing.StubVendor.Reply;
import dev.waybill.adapter.testing.TestContracts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Transient failures are retried within the policy and the budget; business answers never are. */
class RestConnectorRetryTest {

    private static final String OK = "{\"id\":\"F-1\",\"status\":\"RECEIVED\"}";
    private static final Set<String> EXPECT = Set.of("vendorReference");

    private final MutableClock clock = MutableClock.at("2026-11-27T10:00:00Z");
    private final StubVendor stub = StubVendor.start();

    @AfterEach
    void stop() {
        stub.close();
    }

    private RestConnector connector(String resilience) {
        return RestConnector.create(TestContracts.definition("retry", """
                schemaVersion: "1"
                baseUrl: %s
                operations:
                  create:
                    method: POST
                    path: /v1/fulfillments
                    idempotencyKeyHeader: Idempotency-Key
                    request: '{ "clientReference": shipment.id }'
                    response: '{ "vendorReference": id, "status": status, "refusal": error = "OUT_OF_STOCK" ? "OutOfStock" : error }'
                statusMapping: { RECEIVED: Submitted }
                resilience: %s
                """.formatted(stub.baseUrl(), resilience), null), clock);
    }

    private static final String FAST = "{ timeout: 2s, retry: { maxAttempts: 3, initialBackoff: 1ms, maxBackoff: 5ms } }";

    @Test
    void aRefusalFailsAtOnceWithItsReason() {
        stub.on("POST", "/v1/fulfillments", Reply.json(409, "{\"error\":\"OUT_OF_STOCK\"}"));
        VendorOutcome outcome;
        try (RestConnector connector = connector(FAST)) {
            outcome = connector.call(TestContracts.create("S-1", EXPECT));
        }

        assertThat(outcome).isInstanceOfSatisfying(Failed.class, failed -> {
            assertThat(failed.failureClass()).isEqualTo(FailureClass.Business);
            assertThat(failed.reason()).isEqualTo(FailureReasons.NON_RETRYABLE_VENDOR_ERROR);
            assertThat(failed.refusal()).isEqualTo("OutOfStock");
            assertThat(failed.httpStatus()).isEqualTo(409);
            assertThat(failed.attempts()).singleElement().satisfies(a -> assertThat(a.errorClass()).isEqualTo("ClientError"));
            assertThat(failed.mayHaveReachedVendor()).isFalse();
        });
        assertThat(stub.received()).hasSize(1);
    }

    @Test
    void serverErrorsAndRateLimitsAreRetriedWithTheSameKeyUntilSuccess() {
        stub.on("POST", "/v1/fulfillments", Reply.json(503, "{}"), Reply.json(429, "{}"), Reply.json(201, OK));
        VendorOutcome outcome;
        try (RestConnector connector = connector(FAST)) {
            outcome = connector.call(TestContracts.create("S-1", EXPECT));
            assertThat(connector.stats().retries()).isEqualTo(2);
            assertThat(connector.stats().errors()).isEqualTo(2);
        }

        assertThat(outcome).isInstanceOfSatisfying(Succeeded.class, ok -> {
            assertThat(ok.response()).containsEntry("vendorReference", "F-1").containsEntry("status", "Submitted");
            assertThat(ok.attempts()).extracting(a -> a.errorClass())
                    .containsExactly("ServerError", "RateLimited", null);
        });
        assertThat(stub.received()).extracting(r -> r.header("Idempotency-Key")).containsOnly("key-S-1");
    }

    @Test
    void retriesExhaustedIsTransient() {
        stub.on("POST", "/v1/fulfillments", Reply.json(502, "{}"));
        VendorOutcome outcome;
        try (RestConnector connector = connector(FAST)) {
            outcome = connector.call(TestContracts.create("S-1", EXPECT));
        }

        assertThat(outcome).isInstanceOfSatisfying(Failed.class, failed -> {
            assertThat(failed.failureClass()).isEqualTo(FailureClass.Transient);
            assertThat(failed.reason()).isEqualTo(FailureReasons.VENDOR_UNAVAILABLE);
            assertThat(failed.httpStatus()).isEqualTo(502);
            assertThat(failed.attempts()).hasSize(3);
        });
        assertThat(stub.received()).hasSize(3);
    }

    @Test
    void retryAfterIsHonoured() {
        stub.on("POST", "/v1/fulfillments", Reply.json(429, "{}").withHeader("Retry-After", "1"),
                Reply.json(201, OK));
        long started = System.nanoTime();
        VendorOutcome outcome;
        try (RestConnector connector = connector(
                "{ timeout: 2s, retry: { maxAttempts: 2, initialBackoff: 1ms, maxBackoff: 5s } }")) {
            outcome = connector.call(TestContracts.create("S-1", EXPECT));
        }

        assertThat(outcome).isInstanceOf(Succeeded.class);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(950));
    }

    @Test
    void retryAfterIsCappedAtMaxBackoff() {
        stub.on("POST", "/v1/fulfillments", Reply.json(429, "{}").withHeader("Retry-After", "120"),
                Reply.json(201, OK));
        long started = System.nanoTime();
        try (RestConnector connector = connector(FAST)) {
            assertThat(connector.call(TestContracts.create("S-1", EXPECT))).isInstanceOf(Succeeded.class);
        }
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aSpentBudgetStopsRetriesUntilTheWindowMoves() {
        stub.on("POST", "/v1/fulfillments", Reply.json(503, "{}"));
        String policy = "{ timeout: 2s, retryBudgetPercent: 1, retry: { maxAttempts: 2, initialBackoff: 1ms, maxBackoff: 1ms } }";
        try (RestConnector connector = connector(policy)) {
            // 1% of a handful of calls is no retry: the floor of 3 per window is all there is.
            for (int call = 1; call <= 3; call++) {
                Failed failed = (Failed) connector.call(TestContracts.create("S-" + call, EXPECT));
                assertThat(failed.failureClass()).isEqualTo(FailureClass.Transient);
                assertThat(failed.attempts()).hasSize(2);
            }

            Failed spent = (Failed) connector.call(TestContracts.create("S-4", EXPECT));
            assertThat(spent.failureClass()).isEqualTo(FailureClass.BudgetExhausted);
            assertThat(spent.reason()).isEqualTo(FailureReasons.RETRY_BUDGET_EXHAUSTED);
            assertThat(spent.attempts()).hasSize(1);

            clock.advance(Duration.ofSeconds(61));
            Failed later = (Failed) connector.call(TestContracts.create("S-5", EXPECT));
            assertThat(later.failureClass()).isEqualTo(FailureClass.Transient);
            assertThat(later.attempts()).hasSize(2);
        }
        assertThat(stub.received()).hasSize(3 * 2 + 1 + 2);
    }

    @Test
    void theCircuitOpensOnTransientFailuresAndHalfOpensOnTheClock() {
        stub.on("POST", "/v1/fulfillments", Reply.json(503, "{}"));
        String policy = "{ timeout: 2s, retry: { maxAttempts: 1 }, "
                + "circuitBreaker: { slidingWindowSize: 4, failureRateThreshold: 50, waitInOpenState: 30s } }";
        try (RestConnector connector = connector(policy)) {
            for (int call = 1; call <= 4; call++) {
                connector.call(TestContracts.create("S-" + call, EXPECT));
            }
            assertThat(connector.circuitState()).isEqualTo(CircuitState.Open);

            Failed rejected = (Failed) connector.call(TestContracts.create("S-5", EXPECT));
            assertThat(rejected.failureClass()).isEqualTo(FailureClass.CircuitOpen);
            assertThat(rejected.reason()).isEqualTo(FailureReasons.CIRCUIT_OPEN);
            assertThat(rejected.attempts()).isEmpty();
            assertThat(stub.received()).hasSize(4);

            clock.advance(Duration.ofSeconds(31));
            assertThat(connector.circuitState()).isEqualTo(CircuitState.HalfOpen);
            stub.on("POST", "/v1/fulfillments", Reply.json(201, OK));
            for (int call = 6; call <= 8; call++) {
                assertThat(connector.call(TestContracts.create("S-" + call, EXPECT))).isInstanceOf(Succeeded.class);
            }
            assertThat(connector.circuitState()).isEqualTo(CircuitState.Closed);
        }
    }

    @Test
    void refusalsDoNotOpenTheCircuit() {
        stub.on("POST", "/v1/fulfillments", Reply.json(400, "{\"error\":\"BadAddress\"}"));
        String policy = "{ retry: { maxAttempts: 1 }, circuitBreaker: { slidingWindowSize: 4 } }";
        try (RestConnector connector = connector(policy)) {
            for (int call = 1; call <= 6; call++) {
                connector.call(TestContracts.create("S-" + call, EXPECT));
            }
            assertThat(connector.circuitState()).isEqualTo(CircuitState.Closed);
        }
    }

    @Test
    void theRateLimitRefusesBeyondItsRate() {
        stub.on("POST", "/v1/fulfillments", Reply.json(201, OK));
        // One permit every 2 s, waited for at most 200 ms: the second call at once gets none.
        String policy = "{ timeout: 200ms, retry: { maxAttempts: 1 }, rateLimit: { requestsPerSecond: 0.5 } }";
        try (RestConnector connector = connector(policy)) {
            assertThat(connector.call(TestContracts.create("S-1", EXPECT))).isInstanceOf(Succeeded.class);

            Failed throttled = (Failed) connector.call(TestContracts.create("S-2", EXPECT));
            assertThat(throttled.failureClass()).isEqualTo(FailureClass.Transient);
            assertThat(throttled.attempts()).singleElement()
                    .satisfies(a -> assertThat(a.errorClass()).isEqualTo("Throttled"));
        }
        assertThat(stub.received()).hasSize(1);
    }
}
