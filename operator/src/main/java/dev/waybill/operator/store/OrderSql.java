package dev.waybill.operator.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The SQL of orders, idempotency keys and the audit trail; plain JDBC, the subset SQLite and PostgreSQL share. */
final class OrderSql {

    private static final String ORDER_COLUMNS =
            "id, namespace, order_id, channel, state, body, created_at, updated_at, version";

    private OrderSql() {
    }

    /**
     * Stores a new order, or answers as its idempotency key and channel order id say. Optimistic: the inserts come
     * first, each taking no effect on a conflict, and only a conflict costs a lookup: the common case, a new order,
     * is four statements.
     */
    static Intake accept(Connection c, IntakeRequest request) throws SQLException {
        OrderRecord order = request.order();
        String scope = order.namespace() + "/" + request.idempotencyKey();
        if (!insertOrder(c, order)) {
            // this channel's order exists: a replay of its key, another request under that key, or a duplicate
            // sent under another key. The order and its key were committed together, so the key is there if ours.
            Optional<String[]> key = findKey(c, scope);
            return key.isPresent() ? keyAnswer(c, key.get(), request.requestHash())
                    : new Intake.DuplicateOrder(findByChannel(c, order.namespace(), order.channel(), order.orderId())
                    .orElseThrow(() -> new SQLException("order " + order.orderId() + " conflicted but is gone")));
        }
        if (!insertKey(c, scope, request)) {
            // the key names an earlier, different order: take ours back and answer as the key says
            try (PreparedStatement s = c.prepareStatement("DELETE FROM orders WHERE id = ?")) {
                s.setString(1, order.id());
                s.executeUpdate();
            }
            return keyAnswer(c, findKey(c, scope).orElseThrow(), request.requestHash());
        }
        insertEvents(c, order.id(), request.events());
        OutboxSql.insert(c, request.commands());
        return new Intake.Accepted(order);
    }

    private static boolean insertKey(Connection c, String scope, IntakeRequest request) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO idempotency_keys "
                + "(scope_key, request_hash, order_ref, created_at, expires_at) VALUES (?, ?, ?, ?, ?) "
                + "ON CONFLICT DO NOTHING")) {
            s.setString(1, scope);
            s.setString(2, request.requestHash());
            s.setString(3, request.order().id());
            s.setLong(4, request.order().createdAt().toEpochMilli());
            s.setLong(5, request.keyExpiresAt().toEpochMilli());
            return s.executeUpdate() == 1;
        }
    }

    /** A key seen before: the same request is a replay, another request under it is refused. */
    private static Intake keyAnswer(Connection c, String[] key, String requestHash) throws SQLException {
        String orderRef = key[1];
        return key[0].equals(requestHash) ? new Intake.Replayed(find(c, orderRef).orElseThrow())
                : new Intake.KeyReused(orderRef);
    }

    static boolean apply(Connection c, Transition t) throws SQLException {
        OrderRecord next = t.next();
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE orders SET state = ?, body = ?, updated_at = ?, version = ? WHERE id = ? AND version = ?")) {
            s.setString(1, next.state());
            s.setString(2, next.body());
            s.setLong(3, next.updatedAt().toEpochMilli());
            s.setLong(4, t.expectedVersion() + 1);
            s.setString(5, next.id());
            s.setLong(6, t.expectedVersion());
            if (s.executeUpdate() != 1) {
                return false;
            }
        }
        insertEvents(c, next.id(), t.events());
        OutboxSql.insert(c, t.commands());
        FulfillmentSql.write(c, t);
        if (t.completes().isPresent()) {
            OutboxSql.complete(c, t.completes().get(), next.updatedAt());
        }
        return true;
    }

    static Optional<OrderRecord> find(Connection c, String id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + ORDER_COLUMNS + " FROM orders WHERE id = ?")) {
            s.setString(1, id);
            return one(s);
        }
    }

    static List<AuditEvent> auditTrail(Connection c, String orderRef) throws SQLException {
        List<AuditEvent> events = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT at, type, step, node, attempt, outcome, detail, "
                + "correlation_id FROM audit_events WHERE order_ref = ? ORDER BY seq")) {
            s.setString(1, orderRef);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    int attempt = r.getInt(5);
                    events.add(new AuditEvent(Instant.ofEpochMilli(r.getLong(1)), r.getString(2), r.getString(3),
                            r.getString(4), r.wasNull() ? null : attempt, r.getString(6), r.getString(7),
                            r.getString(8)));
                }
            }
        }
        return events;
    }

    static int purgeExpiredKeys(Connection c, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM idempotency_keys WHERE expires_at <= ?")) {
            s.setLong(1, now.toEpochMilli());
            return s.executeUpdate();
        }
    }

    private static Optional<String[]> findKey(Connection c, String scope) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT request_hash, order_ref FROM idempotency_keys WHERE scope_key = ?")) {
            s.setString(1, scope);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(new String[] {r.getString(1), r.getString(2)}) : Optional.empty();
            }
        }
    }

    private static Optional<OrderRecord> findByChannel(Connection c, String namespace, String channel, String orderId)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + ORDER_COLUMNS
                + " FROM orders WHERE namespace = ? AND channel = ? AND order_id = ?")) {
            s.setString(1, namespace);
            s.setString(2, channel);
            s.setString(3, orderId);
            return one(s);
        }
    }

    /** False when the channel's order id (or, never in practice, the id) is taken. */
    private static boolean insertOrder(Connection c, OrderRecord o) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO orders (" + ORDER_COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            s.setString(1, o.id());
            s.setString(2, o.namespace());
            s.setString(3, o.orderId());
            s.setString(4, o.channel());
            s.setString(5, o.state());
            s.setString(6, o.body());
            s.setLong(7, o.createdAt().toEpochMilli());
            s.setLong(8, o.updatedAt().toEpochMilli());
            s.setLong(9, o.version());
            return s.executeUpdate() == 1;
        }
    }

    private static void insertEvents(Connection c, String orderRef, List<AuditEvent> events) throws SQLException {
        if (events.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO audit_events (order_ref, at, type, step, node, "
                + "attempt, outcome, detail, correlation_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (AuditEvent e : events) {
                s.setString(1, orderRef);
                s.setLong(2, e.at().toEpochMilli());
                s.setString(3, e.type());
                s.setString(4, e.step());
                s.setString(5, e.node());
                if (e.attempt() == null) {
                    s.setNull(6, Types.INTEGER);
                } else {
                    s.setInt(6, e.attempt());
                }
                s.setString(7, e.outcome());
                s.setString(8, e.detail());
                s.setString(9, e.correlationId());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static Optional<OrderRecord> one(PreparedStatement s) throws SQLException {
        try (ResultSet r = s.executeQuery()) {
            if (!r.next()) {
                return Optional.empty();
            }
            return Optional.of(new OrderRecord(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                    r.getString(5), r.getString(6), Instant.ofEpochMilli(r.getLong(7)),
                    Instant.ofEpochMilli(r.getLong(8)), r.getLong(9)));
        }
    }
}
