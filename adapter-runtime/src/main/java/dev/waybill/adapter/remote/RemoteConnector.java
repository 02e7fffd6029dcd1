package dev.waybill.adapter.remote;

import dev.waybill.adapter.connector.CallSpan;
import dev.waybill.adapter.connector.CircuitState;
import dev.waybill.adapter.connector.ConnectorStats;
import dev.waybill.adapter.connector.ContractDefinition;
import dev.waybill.adapter.connector.ContractOperations;
import dev.waybill.adapter.connector.VendorCall;
import dev.waybill.adapter.connector.VendorConnector;
import dev.waybill.adapter.connector.VendorOutcome;
import dev.waybill.adapter.connector.VendorTracing;
import dev.waybill.adapter.resilience.ResiliencePolicy;
import dev.waybill.api.v1alpha1.contract.AdapterContractSpec;
import dev.waybill.api.v1alpha1.contract.Operation;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A contract whose adapter runs as its own Deployment ({@code runtime.mode: Deployment}): each call goes to that
 * adapter app's {@code POST /v1/calls}, which runs it with the declarative REST connector and answers the outcome.
 * Thread-safe: one instance per contract serves all calls.
 *
 * <p>The adapter's own failures are classified by whether the vendor may have been called: a connect failure is
 * Transient ({@value #ADAPTER_UNREACHABLE}, nothing was sent); a timeout or lost connection after the request
 * went out, or a 5xx, is UnknownOutcome (the adapter may have reached the vendor), so nothing is ever resent blindly;
 * a 4xx is Business ({@value #ADAPTER_REFUSED_CALL}, the adapter refused the call before sending anything).
 *
 * <p>Each call is a span of its {@link VendorTracing}; the request to the adapter carries that span's W3C trace
 * context, which the adapter app carries on to the vendor.
 */
public final class RemoteConnector implements VendorConnector {

    /** Reason of a call that could not reach the adapter app (nothing was sent to the vendor). */
    public static final String ADAPTER_UNREACHABLE = "AdapterUnreachable";
    /** Reason of a call the adapter app refused as malformed (nothing was sent to the vendor). */
    public static final String ADAPTER_REFUSED_CALL = "AdapterRefusedCall";

    /** Added to the contract's own worst case: the adapter's queueing and the hop itself. */
    static final Duration CALL_SLACK = Duration.ofSeconds(5);
    /** No call waits longer, whatever the contract allows: a dispatcher thread is held meanwhile. */
    static final Duration MAX_CALL_TIMEOUT = Duration.ofSeconds(120);
    /** The adapter is a Service in the same cluster: a connection not made by then is not coming. */
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    /** How long circuit state and figures read from the adapter are reused. */
    static final Duration STATUS_MAX_AGE = Duration.ofSeconds(1);

    private final ContractDefinition definition;
    private final Map<String, Operation> operations;
    private final AdapterClient adapter;
    private final AdapterStatusCache status;
    private final RemoteOutcomes outcomes;
    private final Duration callTimeout;
    private final Clock clock;
    private final ExecutorService executor;
    private final VendorTracing tracing;
    private volatile boolean closed;

    private RemoteConnector(ContractDefinition definition, URI adapterUrl, Clock clock, Duration callTimeout,
                            VendorTracing tracing) {
        this.definition = definition;
        this.operations = ContractOperations.declared(definition.spec().operations);
        this.executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "waybill-adapter-" + definition.name());
            thread.setDaemon(true);
            return thread;
        });
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(executor)
                .connectTimeout(CONNECT_TIMEOUT).build();
        this.adapter = new AdapterClient(client, adapterUrl);
        this.status = new AdapterStatusCache(() -> adapter.status(STATUS_MAX_AGE), clock, STATUS_MAX_AGE);
        this.outcomes = new RemoteOutcomes(definition.name(), adapterUrl.toString(), clock);
        this.callTimeout = callTimeout;
        this.clock = clock;
        this.tracing = tracing;
    }

    /** A connector for {@code definition} whose calls go to the adapter app at {@code adapterUrl}. */
    public static RemoteConnector create(ContractDefinition definition, URI adapterUrl, Clock clock) {
        return create(definition, adapterUrl, clock, VendorTracing.none());
    }

    /** The same, tracing its calls with {@code tracing}. */
    public static RemoteConnector create(ContractDefinition definition, URI adapterUrl, Clock clock,
                                         VendorTracing tracing) {
        return new RemoteConnector(definition, adapterUrl, clock, callTimeout(definition.spec()), tracing);
    }

    /** A connector with its own call timeout, so tests need not wait out a contract's worst case. */
    static RemoteConnector create(ContractDefinition definition, URI adapterUrl, Clock clock, Duration callTimeout) {
        return new RemoteConnector(definition, adapterUrl, clock, callTimeout, VendorTracing.none());
    }

    /**
     * How long one call may take at most: every attempt the contract allows, each its longest timeout plus the
     * longest backoff, plus {@link #CALL_SLACK}; never more than {@link #MAX_CALL_TIMEOUT}.
     */
    public static Duration callTimeout(AdapterContractSpec spec) {
        ResiliencePolicy policy = ResiliencePolicy.of(spec.resilience);
        Duration longest = policy.timeout();
        for (Operation operation : ContractOperations.declared(spec.operations).values()) {
            Duration own = policy.timeoutOf(operation);
            longest = own.compareTo(longest) > 0 ? own : longest;
        }
        Duration call = longest.plus(policy.maxBackoff()).multipliedBy(policy.maxAttempts()).plus(CALL_SLACK);
        return call.compareTo(MAX_CALL_TIMEOUT) > 0 ? MAX_CALL_TIMEOUT : call;
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
        Operation spec = operations.get(operation);
        return spec != null && spec.idempotencyKeyHeader != null && !spec.idempotencyKeyHeader.isBlank();
    }

    @Override
    public VendorOutcome call(VendorCall call) {
        try (CallSpan span = tracing.call(contract(), call)) {
            return span.ended(run(call));
        }
    }

    private VendorOutcome run(VendorCall call) {
        if (closed) {
            return outcomes.closed();
        }
        if (!supports(call.operation())) {
            return outcomes.unsupported(call);
        }
        byte[] body = CallCodec.encodeCall(call);
        Instant start = clock.instant();
        try {
            HttpResponse<byte[]> response = adapter.post(body, callTimeout, call.correlationId());
            return outcomes.answered(call, start, response.statusCode(), response.body());
        } catch (HttpConnectTimeoutException e) {
            return outcomes.unreachable(call, start, "ConnectTimeout", e);
        } catch (ConnectException e) {
            return outcomes.unreachable(call, start, "Connect", e);
        } catch (HttpTimeoutException e) {
            return outcomes.unknown(call, start, "Timeout", null, "no answer within " + callTimeout.toSeconds() + "s");
        } catch (IOException e) {
            return outcomes.unknown(call, start, "Io", null, "connection lost (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return outcomes.unknown(call, start, "Io", null, "interrupted while waiting for the answer");
        }
    }

    /** The adapter's circuit, read at most once a second; Open while the adapter cannot be reached. */
    @Override
    public CircuitState circuitState() {
        return status.current().circuitState();
    }

    /** The adapter's call figures, read with {@link #circuitState()}. */
    @Override
    public ConnectorStats stats() {
        return status.current().stats();
    }

    /** Refuses further calls and stops the HTTP client's threads. */
    @Override
    public void close() {
        closed = true;
        executor.shutdownNow();
    }
}
