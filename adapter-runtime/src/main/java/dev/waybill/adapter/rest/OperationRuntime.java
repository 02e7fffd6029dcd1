package dev.waybill.adapter.rest;

import dev.waybill.adapter.connector.ContractDefinition;
import dev.waybill.adapter.connector.ContractOperations;
import dev.waybill.adapter.expression.CompiledMapping;
import dev.waybill.adapter.expression.ExpressionException;
import dev.waybill.adapter.expression.JsonataMappings;
import dev.waybill.adapter.resilience.ResiliencePolicy;
import dev.waybill.api.v1alpha1.contract.Operation;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;

import java.time.Duration;
import java.util.Optional;

/**
 * One declared operation ready to run: its spec, its compiled mappings and its per-attempt time limit.
 *
 * @param readOnly true for {@code lookup}, {@code availability} and GET operations: a timeout of a read changed
 *                 nothing at the vendor, so it is retried like any transient failure, never resolved as an unknown
 *                 outcome
 */
record OperationRuntime(String name, Operation spec, Optional<CompiledMapping> request,
                        Optional<CompiledMapping> response, Duration timeout, TimeLimiter timeLimiter,
                        boolean readOnly) {

    /**
     * The time limiter waits a little longer than the HTTP client's own request timeout, so the client's
     * distinction between a connect timeout and a timeout after send normally decides; the limiter is the
     * backstop for a client that does not time out.
     */
    private static final Duration LIMITER_GRACE = Duration.ofMillis(100);

    static OperationRuntime of(String name, Operation spec, ContractDefinition definition, ResiliencePolicy policy) {
        Duration timeout = policy.timeoutOf(spec);
        TimeLimiter limiter = TimeLimiter.of(definition.name() + "." + name, TimeLimiterConfig.custom()
                .timeoutDuration(timeout.plus(LIMITER_GRACE)).cancelRunningFuture(true).build());
        boolean readOnly = name.equals(ContractOperations.LOOKUP) || name.equals(ContractOperations.AVAILABILITY)
                || spec.method == Operation.Method.GET;
        return new OperationRuntime(name, spec,
                mapping(definition, ContractOperations.requestKey(name), spec.request),
                mapping(definition, ContractOperations.responseKey(name), spec.response),
                timeout, limiter, readOnly);
    }

    /** The idempotency key header, when the vendor de-duplicates this operation natively. */
    Optional<String> idempotencyKeyHeader() {
        return Optional.ofNullable(spec.idempotencyKeyHeader).filter(header -> !header.isBlank());
    }

    /** True when a request with a body is sent (POST, PUT, PATCH). */
    boolean sendsBody() {
        return spec.method == Operation.Method.POST || spec.method == Operation.Method.PUT
                || spec.method == Operation.Method.PATCH;
    }

    private static Optional<CompiledMapping> mapping(ContractDefinition definition, String key, String source) {
        CompiledMapping compiled = definition.mappings().get(key);
        if (compiled != null || source == null) {
            return Optional.ofNullable(compiled);
        }
        try {
            // A definition built without its compiled mappings: compile here, once per connector.
            return Optional.of(JsonataMappings.compile(source));
        } catch (ExpressionException e) {
            throw new IllegalArgumentException("spec.operations." + key + ": " + e.getMessage(), e);
        }
    }
}
