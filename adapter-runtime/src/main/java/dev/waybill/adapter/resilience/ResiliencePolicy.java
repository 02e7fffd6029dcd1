package dev.waybill.adapter.resilience;

import dev.waybill.api.v1alpha1.contract.CircuitBreaker;
import dev.waybill.api.v1alpha1.contract.Operation;
import dev.waybill.api.v1alpha1.contract.Resilience;
import dev.waybill.api.v1alpha1.contract.Retry;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A contract's {@code spec.resilience} with every absent field replaced by the CRD's default, so specs that never
 * passed through the API server (tests, the adapter app's config file) behave the same as applied ones.
 *
 * @param requestsPerSecond the client-side rate limit, empty when the contract sets none
 */
public record ResiliencePolicy(Duration timeout, int maxAttempts, Duration initialBackoff, Duration maxBackoff,
                               double multiplier, double jitter, int retryBudgetPercent, int failureRateThreshold,
                               int slidingWindowSize, Duration waitInOpenState, Optional<Double> requestsPerSecond) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);
    public static final int DEFAULT_MAX_ATTEMPTS = 3;
    public static final Duration DEFAULT_INITIAL_BACKOFF = Duration.ofMillis(200);
    public static final Duration DEFAULT_MAX_BACKOFF = Duration.ofSeconds(10);
    public static final double DEFAULT_MULTIPLIER = 2.0;
    public static final double DEFAULT_JITTER = 0.2;
    public static final int DEFAULT_RETRY_BUDGET_PERCENT = 20;
    public static final int DEFAULT_FAILURE_RATE_THRESHOLD = 50;
    public static final int DEFAULT_SLIDING_WINDOW_SIZE = 20;
    public static final Duration DEFAULT_WAIT_IN_OPEN_STATE = Duration.ofSeconds(30);

    /** The policy of {@code resilience}, which may be null. */
    public static ResiliencePolicy of(Resilience resilience) {
        Resilience r = resilience == null ? new Resilience() : resilience;
        Retry retry = r.retry == null ? new Retry() : r.retry;
        CircuitBreaker breaker = r.circuitBreaker == null ? new CircuitBreaker() : r.circuitBreaker;
        return new ResiliencePolicy(
                Durations.parseOr(r.timeout, DEFAULT_TIMEOUT),
                Objects.requireNonNullElse(retry.maxAttempts, DEFAULT_MAX_ATTEMPTS),
                Durations.parseOr(retry.initialBackoff, DEFAULT_INITIAL_BACKOFF),
                Durations.parseOr(retry.maxBackoff, DEFAULT_MAX_BACKOFF),
                Objects.requireNonNullElse(retry.multiplier, DEFAULT_MULTIPLIER),
                Objects.requireNonNullElse(retry.jitter, DEFAULT_JITTER),
                Objects.requireNonNullElse(r.retryBudgetPercent, DEFAULT_RETRY_BUDGET_PERCENT),
                Objects.requireNonNullElse(breaker.failureRateThreshold, DEFAULT_FAILURE_RATE_THRESHOLD),
                Objects.requireNonNullElse(breaker.slidingWindowSize, DEFAULT_SLIDING_WINDOW_SIZE),
                Durations.parseOr(breaker.waitInOpenState, DEFAULT_WAIT_IN_OPEN_STATE),
                Optional.ofNullable(r.rateLimit).map(limit -> limit.requestsPerSecond));
    }

    /** The per-attempt timeout of {@code operation}: its own {@code timeout}, else the contract's. */
    public Duration timeoutOf(Operation operation) {
        return Durations.parseOr(operation.timeout, timeout);
    }

    /** Calls the breaker needs before it judges the failure rate: the window, but at most 10. */
    public int minimumNumberOfCalls() {
        return Math.min(slidingWindowSize, 10);
    }
}
