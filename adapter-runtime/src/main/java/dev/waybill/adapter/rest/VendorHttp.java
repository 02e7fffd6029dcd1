package dev.waybill.adapter.rest;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.opentelemetry.api.trace.Tracer;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends one HTTP attempt through the contract's guards, in this order: the rate limiter (waiting up to the
 * operation's timeout for a permit), the circuit breaker, and the time limiter around {@link HttpClient#sendAsync}.
 * Only transient failures (no answer, 408, 429, 5xx) count against the breaker; a vendor that answers "no" is
 * up. Each request that goes out has its own client span ({@link RequestSpan}) and carries its trace context.
 */
final class VendorHttp {

    private final HttpClient client;
    private final CircuitBreaker breaker;
    private final Optional<RateLimiter> rateLimiter;
    private final Clock clock;
    private final Tracer tracer;
    private final String contract;

    VendorHttp(HttpClient client, CircuitBreaker breaker, Optional<RateLimiter> rateLimiter, Clock clock,
               Tracer tracer, String contract) {
        this.client = client;
        this.breaker = breaker;
        this.rateLimiter = rateLimiter;
        this.clock = clock;
        this.tracer = tracer;
        this.contract = contract;
    }

    HttpAnswer send(OperationRuntime operation, HttpRequest request) {
        Instant at = clock.instant();
        long started = System.nanoTime();
        if (rateLimiter.isPresent() && !rateLimiter.get().acquirePermission()) {
            return new HttpAnswer.Throttled(at, elapsedMillis(started));
        }
        if (!breaker.tryAcquirePermission()) {
            return new HttpAnswer.CircuitRejected();
        }
        RequestSpan span = RequestSpan.start(tracer, contract, operation, request);
        HttpRequest traced = span.carrying(request);
        started = System.nanoTime();
        try {
            HttpResponse<byte[]> response = operation.timeLimiter().executeFutureSupplier(
                    () -> client.sendAsync(traced, HttpResponse.BodyHandlers.ofByteArray()));
            long nanos = System.nanoTime() - started;
            span.answered(response.statusCode());
            if (isTransient(response.statusCode())) {
                breaker.onError(nanos, TimeUnit.NANOSECONDS, new TransientVendorError(response.statusCode()));
            } else {
                breaker.onSuccess(nanos, TimeUnit.NANOSECONDS);
            }
            return new HttpAnswer.Response(response.statusCode(), response.body(), retryAfter(response), at,
                    TimeUnit.NANOSECONDS.toMillis(nanos));
        } catch (Exception e) {
            long nanos = System.nanoTime() - started;
            breaker.onError(nanos, TimeUnit.NANOSECONDS, e);
            HttpAnswer.NoAnswer none = noAnswer(e, at, TimeUnit.NANOSECONDS.toMillis(nanos));
            span.failed(none.errorClass());
            return none;
        } finally {
            span.end();
        }
    }

    /** 408, 429 and 5xx: worth another attempt later. */
    static boolean isTransient(int status) {
        return status == 408 || status == 429 || status >= 500;
    }

    private static HttpAnswer.NoAnswer noAnswer(Exception thrown, Instant at, long millis) {
        Throwable cause = thrown instanceof ExecutionException && thrown.getCause() != null
                ? thrown.getCause() : thrown;
        if (cause instanceof InterruptedException) {
            Thread.currentThread().interrupt();
            return new HttpAnswer.NoAnswer("Timeout", true, true, at, millis);
        }
        if (cause instanceof HttpConnectTimeoutException) {
            return new HttpAnswer.NoAnswer("ConnectTimeout", false, false, at, millis);
        }
        if (cause instanceof HttpTimeoutException || cause instanceof TimeoutException) {
            return new HttpAnswer.NoAnswer("Timeout", true, false, at, millis);
        }
        if (cause instanceof ConnectException) {
            return new HttpAnswer.NoAnswer("Connect", false, false, at, millis);
        }
        // Any other I/O failure may come after the request went out (the vendor closed the connection before it
        // answered): the request may have been received.
        boolean io = cause instanceof IOException;
        return new HttpAnswer.NoAnswer(io ? "Io" : "Connect", io, false, at, millis);
    }

    private static Optional<Duration> retryAfter(HttpResponse<?> response) {
        if (response.statusCode() != 429 && response.statusCode() != 503) {
            return Optional.empty();
        }
        return response.headers().firstValue("Retry-After").flatMap(value -> {
            try {
                long seconds = Long.parseLong(value.strip());
                return seconds >= 0 ? Optional.of(Duration.ofSeconds(seconds)) : Optional.empty();
            } catch (NumberFormatException httpDate) {
                return Optional.empty(); // an HTTP-date: rare among APIs; the backoff applies instead
            }
        });
    }

    private static long elapsedMillis(long started) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    }

    /** What the breaker records for a 408, 429 or 5xx answer. */
    static final class TransientVendorError extends Exception {
        private static final long serialVersionUID = 1L;

        TransientVendorError(int status) {
            super("vendor answered " + status, null, false, false);
        }
    }
}
