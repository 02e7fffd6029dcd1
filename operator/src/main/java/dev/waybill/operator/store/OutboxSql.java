package dev.waybill.operator.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The SQL of the outbox: commands written with their cause, claimed with a lease, completed once delivered. */
final class OutboxSql {

    private OutboxSql() {
    }

    static void insert(Connection c, List<OutboxCommand> commands) throws SQLException {
        if (commands.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO outbox (order_ref, command, payload, available_at, "
                + "attempts, trace_parent) VALUES (?, ?, ?, ?, 0, ?)")) {
            for (OutboxCommand command : commands) {
                s.setString(1, command.orderRef());
                s.setString(2, command.command());
                s.setString(3, command.payload());
                s.setLong(4, command.availableAt().toEpochMilli());
                s.setString(5, command.traceParent());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /**
     * Due, unfinished commands whose claim is absent or expired, oldest first; claimed for the worker. With
     * {@code skipLocked} (PostgreSQL) concurrent workers take disjoint rows instead of queueing on the same ones;
     * SQLite has one writer at a time and needs no row locks.
     */
    static List<OutboxCommand> claim(Connection c, String command, String worker, int max, Instant now,
                                     Duration lease, boolean skipLocked) throws SQLException {
        List<OutboxCommand> due = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT seq, order_ref, command, payload, available_at, attempts, "
                + "trace_parent FROM outbox WHERE command = ? AND done_at IS NULL AND available_at <= ? "
                + "AND (claimed_until IS NULL OR claimed_until <= ?) ORDER BY seq LIMIT ?"
                + (skipLocked ? " FOR UPDATE SKIP LOCKED" : ""))) {
            s.setString(1, command);
            s.setLong(2, now.toEpochMilli());
            s.setLong(3, now.toEpochMilli());
            s.setInt(4, max);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    due.add(new OutboxCommand(r.getLong(1), r.getString(2), r.getString(3), r.getString(4),
                            Instant.ofEpochMilli(r.getLong(5)), r.getInt(6) + 1, r.getString(7)));
                }
            }
        }
        List<OutboxCommand> claimed = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("UPDATE outbox SET claimed_by = ?, claimed_until = ?, "
                + "attempts = attempts + 1 WHERE seq = ? AND done_at IS NULL "
                + "AND (claimed_until IS NULL OR claimed_until <= ?)")) {
            for (OutboxCommand candidate : due) {
                s.setString(1, worker);
                s.setLong(2, now.plus(lease).toEpochMilli());
                s.setLong(3, candidate.seq());
                s.setLong(4, now.toEpochMilli());
                if (s.executeUpdate() == 1) {
                    claimed.add(candidate); // a concurrent worker may have claimed it between select and update
                }
            }
        }
        return claimed;
    }

    static Void complete(Connection c, long seq, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE outbox SET done_at = ? WHERE seq = ?")) {
            s.setLong(1, now.toEpochMilli());
            s.setLong(2, seq);
            s.executeUpdate();
        }
        return null;
    }

    /**
     * Whether any command of the kind is due and unclaimed: a plain read, so idle workers do not queue empty
     * write transactions behind the single writer of the embedded store.
     */
    static boolean anyDue(Connection c, String command, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM outbox WHERE command = ? AND done_at IS NULL "
                + "AND available_at <= ? AND (claimed_until IS NULL OR claimed_until <= ?) LIMIT 1")) {
            s.setString(1, command);
            s.setLong(2, now.toEpochMilli());
            s.setLong(3, now.toEpochMilli());
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
    }

    /** Gives a claimed command back, due again at {@code availableAt}; the claim it took does not count. */
    static Void defer(Connection c, long seq, Instant availableAt) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE outbox SET available_at = ?, claimed_by = NULL, "
                + "claimed_until = NULL, attempts = attempts - 1 WHERE seq = ? AND done_at IS NULL")) {
            s.setLong(1, availableAt.toEpochMilli());
            s.setLong(2, seq);
            s.executeUpdate();
        }
        return null;
    }

    /** Unfinished commands of a kind, due or not; the orchestrator's backlog figure. */
    static int pending(Connection c, String command) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT COUNT(*) FROM outbox WHERE command = ? AND done_at IS NULL")) {
            s.setString(1, command);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }
}
