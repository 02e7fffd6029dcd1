package dev.waybill.adapter.rest;

import dev.waybill.adapter.connector.CircuitState;
import dev.waybill.adapter.resilience.ResiliencePolicy;
import dev.waybill.adapter.resilience.RetryBudget;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.IllegalStateTransitionException;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The resilience4j parts of one connector, configured from the contract's {@link ResiliencePolicy}: the circuit
 * breaker (on the injected clock), the rate limiter, and the retry of a call's passes, which retries only what a
 * pass calls retryable, within {@code maxAttempts} and the {@link RetryBudget}, waiting the exponential backoff with
 * jitter, or a 429's Retry-After (capped at {@code maxBackoff}).
 */
final class ConnectorGuards {

    /** Calls let through to test a half-open circuit. */
    static final int HALF_OPEN_CALLS = 3;

    private static final Duration ONE_MILLI = Duration.ofMillis(1);

    private final CircuitBreaker breaker;
    private final Optional<RateLimiter> rateLimiter;
    private final Retry retry;
    private final Clock clock;
    private final Duration waitInOpenState;
    private final AtomicReference<Instant> openedAt = new AtomicReference<>();

    ConnectorGuards(String name, ResiliencePolicy policy, RetryBudget budget, Clock clock) {
        this.clock = clock;
        this.waitInOpenState = policy.waitInOpenState();
        this.breaker = CircuitBreaker.of(name, CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(policy.slidingWindowSize())
                .minimumNumberOfCalls(policy.minimumNumberOfCalls())
                .failureRateThreshold(policy.failureRateThreshold())
                .waitDurationInOpenState(policy.waitInOpenState())
                .automaticTransitionFromOpenToHalfOpenEnabled(true)
                .permittedNumberOfCallsInHalfOpenState(HALF_OPEN_CALLS)
                .clock(clock)
                .build());
        breaker.getEventPublisher().onStateTransition(event -> openedAt.set(
                event.getStateTransition().getToState() == CircuitBreaker.State.OPEN ? clock.instant() : null));
        this.rateLimiter = policy.requestsPerSecond().map(rate -> rateLimiter(name, rate, policy.timeout()));
        this.retry = Retry.of(name, RetryConfig.<Step>custom()
                .maxAttempts(policy.maxAttempts())
                .retryOnResult(step -> step.retryable() && step.number() < policy.maxAttempts()
                        && budget.tryAcquireRetry())
                .retryOnException(thrown -> false)
                .intervalBiFunction(backoff(policy))
                .build());
    }

    CircuitBreaker breaker() {
        return breaker;
    }

    Optional<RateLimiter> rateLimiter() {
        return rateLimiter;
    }

    Retry retry() {
        return retry;
    }

    /**
     * The circuit as the contract's status shows it. resilience4j half-opens an open circuit on a timer in real
     * time; under the injected clock the wait may end sooner (tests) or later, so the state is also moved here once
     * the clock says the wait is over.
     */
    CircuitState state() {
        Instant opened = openedAt.get();
        if (breaker.getState() == CircuitBreaker.State.OPEN && opened != null
                && !clock.instant().isBefore(opened.plus(waitInOpenState))) {
            try {
                breaker.transitionToHalfOpenState();
            } catch (IllegalStateTransitionException raced) {
                // Another thread moved it first: the state below is current either way.
            }
        }
        return switch (breaker.getState()) {
            case OPEN, FORCED_OPEN -> CircuitState.Open;
            case HALF_OPEN -> CircuitState.HalfOpen;
            default -> CircuitState.Closed;
        };
    }

    /**
     * A steady rate: up to floor(rate) permits (at least 1) per period, the period chosen so the average is
     * exactly {@code rate} per second (0.5/s: one permit every 2 s; 2.5/s: two every 800 ms).
     */
    static RateLimiter rateLimiter(String name, double rate, Duration wait) {
        int limit = (int) Math.max(1, Math.floor(rate));
        Duration period = Duration.ofNanos(Math.max(1, Math.round(limit / rate * 1_000_000_000L)));
        return RateLimiter.of(name, RateLimiterConfig.custom()
                .limitForPeriod(limit).limitRefreshPeriod(period).timeoutDuration(wait).build());
    }

    static IntervalBiFunction<Step> backoff(ResiliencePolicy policy) {
        // resilience4j refuses a first interval under 1 ms; "0s" in a spec means "at once" and 1 ms is as good.
        Duration initial = policy.initialBackoff().compareTo(ONE_MILLI) < 0 ? ONE_MILLI : policy.initialBackoff();
        Duration max = policy.maxBackoff().compareTo(initial) < 0 ? initial : policy.maxBackoff();
        IntervalFunction exponential = IntervalFunction.ofExponentialRandomBackoff(initial,
                policy.multiplier(), policy.jitter(), max);
        long cap = policy.maxBackoff().toMillis();
        return (attempt, outcome) -> {
            if (outcome.isRight() && outcome.get().result() instanceof AttemptResult.Unavailable unavailable
                    && unavailable.retryAfter().isPresent()) {
                return Math.min(unavailable.retryAfter().get().toMillis(), cap);
            }
            return exponential.apply(attempt);
        };
    }
}
