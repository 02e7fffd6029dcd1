package dev.waybill.operator.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The aggregate reads the KPIs sample every few seconds: backlog per node, open exceptions per reason. */
final class BacklogSql {

    private BacklogSql() {
    }

    static List<NodeBacklog> backlog(Connection c) throws SQLException {
        List<NodeBacklog> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT o.namespace, s.node, COUNT(*), "
                + "SUM(CASE WHEN s.state = 'Pending' THEN 0 ELSE 1 END), MIN(s.created_at) "
                + "FROM shipments s JOIN orders o ON o.id = s.order_ref "
                + "WHERE s.state IN ('Pending', 'Submitted', 'Accepted', 'PartiallyShipped') "
                + "GROUP BY o.namespace, s.node");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                rows.add(new NodeBacklog(r.getString(1), r.getString(2), r.getLong(3), r.getLong(4),
                        Instant.ofEpochMilli(r.getLong(5))));
            }
        }
        return rows;
    }

    static List<OpenExceptions> openExceptions(Connection c) throws SQLException {
        List<OpenExceptions> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT o.namespace, e.reason, COUNT(*) "
                + "FROM exceptions e JOIN orders o ON o.id = e.order_ref WHERE e.state = 'Open' "
                + "GROUP BY o.namespace, e.reason");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                rows.add(new OpenExceptions(r.getString(1), r.getString(2), r.getLong(3)));
            }
        }
        return rows;
    }
}
