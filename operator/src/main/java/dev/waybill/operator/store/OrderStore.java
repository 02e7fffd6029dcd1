package dev.waybill.operator.store;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the orchestrator keeps: orders, idempotency keys, the audit trail and the outbox. Each method is one local
 * transaction, committed and synced before it returns: acknowledged means durable. Outbox commands written without a
 * {@link OutboxCommand#traceParent() cause} are stamped with the writer's current trace context, so their delivery
 * continues the trace of the work that wrote them.
 */
public interface OrderStore extends AutoCloseable {

    /** Takes a new order, or recognises it: see {@link Intake}. */
    Intake accept(IntakeRequest request);

    Optional<OrderRecord> find(String id);

    /** The audit trail of an order, oldest first. */
    List<AuditEvent> auditTrail(String id);

    /** Applies a state change if the order is still at the expected version; false if someone else changed it. */
    boolean apply(Transition transition);

    /** What became of one transition of {@link #applyAll}. */
    enum Applied {
        /** Written. */
        APPLIED,
        /** The order had moved on from the version the transition read: nothing written. */
        STALE,
        /** The database refused it (e.g. a constraint): nothing written; try again later. */
        FAILED
    }

    /**
     * Applies several transitions of different orders in one transaction (one sync), each on its own: a stale or
     * failing one is skipped and the others are written. For workers that decide many orders at once.
     */
    List<Applied> applyAll(List<Transition> transitions);

    /** Marks claimed commands delivered, in one transaction. */
    void completeAll(List<Long> seqs, Instant now);

    /**
     * Claims up to {@code max} due commands of one kind ({@code command}, e.g. Route) for {@code worker} for
     * {@code lease}; unfinished claims expire and are claimed again.
     */
    List<OutboxCommand> claim(String command, String worker, int max, Instant now, Duration lease);

    /** Marks a claimed command delivered. */
    void complete(long seq, Instant now);

    /** Gives a claimed command back unprocessed, due again at {@code availableAt} (e.g. while a circuit is open). */
    void defer(long seq, Instant availableAt);

    /** Unfinished commands of one kind, due or not. */
    int pending(String command);

    /** An order's shipments, oldest first. */
    List<ShipmentRecord> shipments(String orderRef);

    Optional<ShipmentRecord> shipment(String id);

    /** The shipment a vendor knows by {@code vendorReference}, under contract {@code contract}. */
    Optional<ShipmentRecord> shipmentByVendorReference(String contract, String vendorReference);

    /** True once a transition consumed the vendor event with this key. */
    boolean inboundEventSeen(String key);

    /** Exception queue entries, oldest first, optionally of one state and/or one order; at most {@code limit}. */
    List<ExceptionRecord> exceptions(Optional<String> state, Optional<String> orderRef, int limit);

    Optional<ExceptionRecord> exception(String id);

    /** What waits at each node now (shipments not yet ended), for the nodes where anything does. */
    List<NodeBacklog> backlog();

    /** Open exception queue entries counted by namespace and reason. */
    List<OpenExceptions> openExceptions();

    /** Deletes idempotency keys past their expiry; returns how many. */
    int purgeExpiredKeys(Instant now);

    @Override
    void close();
}
