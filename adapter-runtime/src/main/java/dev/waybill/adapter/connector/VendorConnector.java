package dev.waybill.adapter.connector;

/**
 * Runs the operations of one AdapterContract against its vendor: the adapter interface the orchestrator
 * dispatches through, embedded in the operator or behind the adapter app's HTTP API.
 *
 * <p>A call never throws for anything the vendor or the network does: every end is a {@link VendorOutcome},
 * transient failures already retried within the contract's retry policy and retry budget.
 */
public interface VendorConnector extends AutoCloseable {

    /** The contract's name, for logs and audit events. */
    String contract();

    /** True when the contract declares the operation ({@code create}, {@code lookup}, {@code cancel}, ...). */
    boolean supports(String operation);

    /** True when {@code operation} sends an idempotency key header the vendor honours. */
    boolean hasIdempotencyKey(String operation);

    /** Runs one operation to its end. */
    VendorOutcome call(VendorCall call);

    /** The circuit breaker's state: Closed, Open or HalfOpen (as the contract's status shows it). */
    CircuitState circuitState();

    /**
     * Call counters and latencies for the contract's KPIs; connectors that keep none answer
     * {@link ConnectorStats#EMPTY}.
     */
    default ConnectorStats stats() {
        return ConnectorStats.EMPTY;
    }

    @Override
    void close();
}
