package dev.waybill.operator.store;

import dev.waybill.operator.trace.TraceParents;
import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The {@link OrderStore} over JDBC, for both the embedded SQLite file and PostgreSQL: the SQL is the common subset
 * (ON CONFLICT, RETURNING), the schema comes from Flyway. Every public method is one transaction.
 *
 * <p>New outbox commands that name no cause are stamped with the caller's current trace context here, on the
 * caller's thread: the embedded store writes on a thread of its own, where that context is not.
 */
public final class JdbcOrderStore implements OrderStore {

    private final DataSource readers;
    private final DataSource writers;
    private final AutoCloseable owner;
    /** SQLite has one writer at a time: its writes go through one thread that commits them in groups. */
    private final Optional<GroupCommitWriter> groupCommit;

    /**
     * @param readers      connections for read-only transactions
     * @param writers      connections for writes (with {@code singleWriter}, one at a time by the group commit)
     * @param owner        closes both
     * @param singleWriter the database takes one writer at a time (SQLite)
     */
    JdbcOrderStore(DataSource readers, DataSource writers, AutoCloseable owner, boolean singleWriter) {
        this.readers = readers;
        this.writers = writers;
        this.owner = owner;
        this.groupCommit = singleWriter ? Optional.of(new GroupCommitWriter(writers)) : Optional.empty();
    }

    @Override
    public Intake accept(IntakeRequest given) {
        IntakeRequest request = given.commands().isEmpty() ? given : given.causedBy(TraceParents.current());
        try {
            return write(connection -> OrderSql.accept(connection, request));
        } catch (StoreException e) {
            if (!e.uniqueViolation()) {
                throw e;
            }
            // A concurrent writer stored the same key or order first: answer as it would now.
            return write(connection -> OrderSql.accept(connection, request));
        }
    }

    @Override
    public Optional<OrderRecord> find(String id) {
        return read(connection -> OrderSql.find(connection, id));
    }

    @Override
    public List<AuditEvent> auditTrail(String id) {
        return read(connection -> OrderSql.auditTrail(connection, id));
    }

    @Override
    public boolean apply(Transition given) {
        Transition transition = caused(given);
        return write(connection -> OrderSql.apply(connection, transition));
    }

    @Override
    public List<Applied> applyAll(List<Transition> given) {
        if (given.isEmpty()) {
            return List.of();
        }
        List<Transition> transitions = given.stream().map(JdbcOrderStore::caused).toList();
        return write(connection -> {
            List<Applied> results = new java.util.ArrayList<>(transitions.size());
            for (Transition transition : transitions) {
                java.sql.Savepoint savepoint = connection.setSavepoint();
                try {
                    results.add(OrderSql.apply(connection, transition) ? Applied.APPLIED : Applied.STALE);
                    connection.releaseSavepoint(savepoint);
                } catch (SQLException | RuntimeException e) {
                    connection.rollback(savepoint);
                    results.add(Applied.FAILED);
                }
            }
            return results;
        });
    }

    @Override
    public void completeAll(List<Long> seqs, Instant now) {
        if (!seqs.isEmpty()) {
            write(connection -> {
                for (long seq : seqs) {
                    OutboxSql.complete(connection, seq, now);
                }
                return null;
            });
        }
    }

    @Override
    public List<OutboxCommand> claim(String command, String worker, int max, Instant now, Duration lease) {
        if (!read(connection -> OutboxSql.anyDue(connection, command, now))) {
            return List.of();
        }
        return write(connection -> OutboxSql.claim(connection, command, worker, max, now, lease,
                groupCommit.isEmpty()));
    }

    @Override
    public void complete(long seq, Instant now) {
        write(connection -> OutboxSql.complete(connection, seq, now));
    }

    @Override
    public void defer(long seq, Instant availableAt) {
        write(connection -> OutboxSql.defer(connection, seq, availableAt));
    }

    @Override
    public int pending(String command) {
        return read(connection -> OutboxSql.pending(connection, command));
    }

    @Override
    public List<ShipmentRecord> shipments(String orderRef) {
        return read(connection -> FulfillmentSql.shipments(connection, orderRef));
    }

    @Override
    public Optional<ShipmentRecord> shipment(String id) {
        return read(connection -> FulfillmentSql.shipment(connection, id));
    }

    @Override
    public Optional<ShipmentRecord> shipmentByVendorReference(String contract, String vendorReference) {
        return read(connection -> FulfillmentSql.shipmentByVendorReference(connection, contract, vendorReference));
    }

    @Override
    public boolean inboundEventSeen(String key) {
        return read(connection -> FulfillmentSql.inboundEventSeen(connection, key));
    }

    @Override
    public List<ExceptionRecord> exceptions(Optional<String> state, Optional<String> orderRef, int limit) {
        return read(connection -> FulfillmentSql.exceptions(connection, state, orderRef, limit));
    }

    @Override
    public Optional<ExceptionRecord> exception(String id) {
        return read(connection -> FulfillmentSql.exception(connection, id));
    }

    @Override
    public List<NodeBacklog> backlog() {
        return read(BacklogSql::backlog);
    }

    @Override
    public List<OpenExceptions> openExceptions() {
        return read(BacklogSql::openExceptions);
    }

    @Override
    public int purgeExpiredKeys(Instant now) {
        return write(connection -> OrderSql.purgeExpiredKeys(connection, now));
    }

    @Override
    public void close() {
        groupCommit.ifPresent(GroupCommitWriter::close);
        try {
            owner.close();
        } catch (Exception e) {
            throw new StoreException("closing the store", e);
        }
    }

    private static Transition caused(Transition transition) {
        return transition.commands().isEmpty() ? transition : transition.causedBy(TraceParents.current());
    }

    /** Work inside one transaction. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T write(Work<T> work) {
        return groupCommit.isPresent() ? groupCommit.get().write(work) : inTransaction(writers, work);
    }

    private <T> T read(Work<T> work) {
        return inTransaction(readers, work);
    }

    private static <T> T inTransaction(DataSource dataSource, Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("store operation failed", e);
        }
    }
}
