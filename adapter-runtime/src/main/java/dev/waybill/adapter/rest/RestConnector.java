package dev.waybill.adapter.rest;

import dev.waybill.adapter.auth.VendorAuthHeaders;
import dev.waybill.adapter.connector.CallSpan;
import dev.waybill.adapter.connector.CircuitState;
import dev.waybill.adapter.connector.ConnectorStats;
import dev.waybill.adapter.connector.ContractDefinition;
import dev.waybill.adapter.connector.ContractOperations;
import dev.waybill.adapter.connector.Credential;
import dev.waybill.adapter.connector.VendorCall;
import dev.waybill.adapter.connector.VendorConnector;
import dev.waybill.adapter.connector.VendorOutcome;
import dev.waybill.adapter.connector.VendorStatuses;
import dev.waybill.adapter.connector.VendorTracing;
import dev.waybill.adapter.datapolicy.LogScrubber;
import dev.waybill.adapter.datapolicy.OrderDataPolicy;
import dev.waybill.adapter.resilience.ResiliencePolicy;
import dev.waybill.adapter.resilience.RetryBudget;

import java.net.http.HttpClient;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.function.Supplier;

/**
 * The declarative REST connector: runs the operations of one AdapterContract against its vendor over HTTP/JSON, with
 * the contract's mappings, auth, data policy and resilience (see the package documentation for the rules it keeps).
 * Thread-safe: one instance per contract serves all calls.
 *
 * <p>A response mapping that yields something other than an object (an availability list) is answered as
 * {@code {"result": <value>}}. The answer's {@code status} is translated by the statusMapping; the vendor's word
 * stays in {@code vendorStatus}.
 *
 * <p>Each call is a span of its {@link VendorTracing} and each request a client span under it; every request carries
 * the W3C trace context beside {@code X-Correlation-Id}.
 */
public final class RestConnector implements VendorConnector {

    private final ContractDefinition definition;
    private final Map<String, OperationRuntime> operations;
    private final ConnectorParts parts;
    private final ConnectorGuards guards;
    private final OrderDataPolicy dataPolicy;
    private final OutcomeFactory outcomes;
    private final List<String> secrets;
    private final Optional<ExecutorService> ownedExecutor;
    private final VendorTracing tracing;
    private volatile boolean closed;

    private RestConnector(ContractDefinition definition, Clock clock, HttpClient client,
                          Optional<ExecutorService> ownedExecutor, VendorTracing tracing) {
        ResiliencePolicy policy = ResiliencePolicy.of(definition.spec().resilience);
        Map<String, OperationRuntime> operations = new LinkedHashMap<>();
        ContractOperations.declared(definition.spec().operations).forEach((name, spec) ->
                operations.put(name, OperationRuntime.of(name, spec, definition, policy)));
        RetryBudget budget = new RetryBudget(policy.retryBudgetPercent(), clock);
        this.definition = definition;
        this.operations = Map.copyOf(operations);
        this.guards = new ConnectorGuards(definition.name(), policy, budget, clock);
        this.parts = new ConnectorParts(definition.name(),
                new VendorHttp(client, guards.breaker(), guards.rateLimiter(), clock, tracing.tracer(),
                        definition.name()),
                VendorAuthHeaders.of(definition.spec().auth, definition.credential(), clock),
                new RequestPreparer(definition.spec().baseUrl),
                new ResponseReader(VendorStatuses.of(definition.spec().statusMapping)),
                budget, new CallStats(clock), Optional.ofNullable(operations.get(ContractOperations.LOOKUP)), clock);
        this.dataPolicy = OrderDataPolicy.of(definition.spec().dataPolicy);
        this.outcomes = new OutcomeFactory(definition.name(), policy.maxAttempts());
        this.secrets = definition.credential().map(Credential::reveal).stream().toList();
        this.ownedExecutor = ownedExecutor;
        this.tracing = tracing;
    }

    /**
     * A connector for {@code definition} with its own HTTP client (HTTP/1.1, connect timeout = the contract's
     * timeout).
     *
     * @throws IllegalArgumentException when the contract cannot run: auth needs a credential that is missing, or a
     *                                  mapping does not compile
     */
    public static RestConnector create(ContractDefinition definition, Clock clock) {
        return create(definition, clock, VendorTracing.none());
    }

    /** The same, tracing its calls with {@code tracing}. */
    public static RestConnector create(ContractDefinition definition, Clock clock, VendorTracing tracing) {
        ExecutorService executor = Executors.newCachedThreadPool(daemonThreads("waybill-vendor-" + definition.name()));
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(executor)
                .connectTimeout(ResiliencePolicy.of(definition.spec().resilience).timeout()).build();
        return new RestConnector(definition, clock, client, Optional.of(executor), tracing);
    }

    /** A connector sending through {@code client}, which the caller owns (and closes). */
    public static RestConnector create(ContractDefinition definition, Clock clock, HttpClient client) {
        return create(definition, clock, client, VendorTracing.none());
    }

    /** A connector sending through {@code client}, which the caller owns, tracing with {@code tracing}. */
    public static RestConnector create(ContractDefinition definition, Clock clock, HttpClient client,
                                       VendorTracing tracing) {
        return new RestConnector(definition, clock, client, Optional.empty(), tracing);
    }

    @Override
    public String contract() {
        return definition.name();
    }

    @Override
    public boolean supports(String operation) {
        return operations.containsKey(operation);
    }

    @Override
    public boolean hasIdempotencyKey(String operation) {
        OperationRuntime runtime = operations.get(operation);
        return runtime != null && runtime.idempotencyKeyHeader().isPresent();
    }

    @Override
    public VendorOutcome call(VendorCall call) {
        try (CallSpan span = tracing.call(contract(), call)) {
            return span.ended(run(call));
        }
    }

    private VendorOutcome run(VendorCall call) {
        OperationRuntime operation = operations.get(call.operation());
        if (operation == null) {
            return outcomes.unsupported(call.operation());
        }
        Map<String, Object> input = CallInput.plain(call.input());
        Object order = input.get(CallInput.ORDER);
        Map<String, Object> restricted = withOrder(input, dataPolicy.restrict(order));
        LogScrubber scrubber = dataPolicy.scrubber(order, secrets);
        AttemptLog log = new AttemptLog(contract(), call.correlationId(), parts.stats());
        Supplier<String> masked = () -> parts.preparer().masked(operation,
                withOrder(restricted, dataPolicy.mask(restricted.get(CallInput.ORDER))), scrubber);
        CallReport report = new CallReport(operation.name(), log.attempts(), scrubber, masked);
        if (closed) {
            return outcomes.closed(report);
        }
        PreparedRequest request;
        try {
            request = parts.preparer().prepare(operation, restricted, call);
        } catch (MappingFailure e) {
            return outcomes.mappingFailed(report, e.getMessage());
        }
        Settlement settlement = Settlement.of(operation, call, parts.lookup().isPresent());
        if (call.mayHaveBeenSent() && settlement == Settlement.NONE) {
            return outcomes.neverSent(report);
        }
        CallExchange exchange = new CallExchange(parts, operation, call, restricted, request, log, settlement,
                call.mayHaveBeenSent() && settlement == Settlement.LOOKUP);
        Step last = guards.retry().executeSupplier(exchange::next);
        return outcomes.of(last, new CallReport(operation.name(), log.attempts(), scrubber, masked));
    }

    @Override
    public CircuitState circuitState() {
        return guards.state();
    }

    @Override
    public ConnectorStats stats() {
        return parts.stats().snapshot();
    }

    /** Refuses further calls and stops the threads of a client this connector created. */
    @Override
    public void close() {
        closed = true;
        ownedExecutor.ifPresent(ExecutorService::shutdownNow);
    }

    private static Map<String, Object> withOrder(Map<String, Object> input, Object order) {
        if (order == null) {
            return input;
        }
        Map<String, Object> copy = new LinkedHashMap<>(input);
        copy.put(CallInput.ORDER, order);
        return copy;
    }

    private static ThreadFactory daemonThreads(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
