package dev.waybill.operator.store;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The writer's statement cache on a real (in-memory) SQLite database. */
class PreparedStatementCacheTest {

    @Test
    void aClosedStatementComesBackClearedForTheSameSql() throws Exception {
        try (Connection connection = PreparedStatementCache.wrap(DriverManager.getConnection("jdbc:sqlite::memory:"))) {
            create(connection);
            PreparedStatement first = insert(connection, "a");
            first.close();
            try (PreparedStatement second = connection.prepareStatement("INSERT INTO t (v) VALUES (?)")) {
                // cleared on close: executing without binding again must not repeat the last value
                assertThatThrownBy(second::executeUpdate).isInstanceOf(SQLException.class);
            }
            insert(connection, "b").close();
            assertThat(values(connection)).isEqualTo("a,b");
        }
    }

    @Test
    void aBatchLeftOverIsNotRunByTheNextCaller() throws Exception {
        try (Connection connection = PreparedStatementCache.wrap(DriverManager.getConnection("jdbc:sqlite::memory:"))) {
            create(connection);
            try (PreparedStatement statement = connection.prepareStatement("INSERT INTO t (v) VALUES (?)")) {
                statement.setString(1, "abandoned");
                statement.addBatch(); // closed without executing, e.g. after a failure
            }
            try (PreparedStatement statement = connection.prepareStatement("INSERT INTO t (v) VALUES (?)")) {
                statement.setString(1, "kept");
                statement.addBatch();
                statement.executeBatch();
            }
            assertThat(values(connection)).isEqualTo("kept");
        }
    }

    @Test
    void closingTheConnectionClosesWhatItKept() throws Exception {
        Connection real = DriverManager.getConnection("jdbc:sqlite::memory:");
        Connection connection = PreparedStatementCache.wrap(real);
        create(connection);
        PreparedStatement statement = insert(connection, "a");
        statement.close();
        connection.close();
        assertThat(real.isClosed()).isTrue();
        assertThatThrownBy(() -> statement.setString(1, "b")).isInstanceOf(SQLException.class);
    }

    @Test
    void moreDistinctStatementsThanItKeepsStillWork() throws Exception {
        try (Connection connection = PreparedStatementCache.wrap(DriverManager.getConnection("jdbc:sqlite::memory:"))) {
            create(connection);
            for (int i = 0; i < PreparedStatementCache.CAPACITY * 2; i++) {
                try (PreparedStatement s = connection.prepareStatement("INSERT INTO t (v) VALUES (? || '" + i + "')")) {
                    s.setString(1, "v");
                    s.executeUpdate();
                }
            }
            try (Statement s = connection.createStatement();
                 ResultSet r = s.executeQuery("SELECT COUNT(*) FROM t")) {
                r.next();
                assertThat(r.getInt(1)).isEqualTo(PreparedStatementCache.CAPACITY * 2);
            }
        }
    }

    private static void create(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE t (seq INTEGER PRIMARY KEY, v TEXT NOT NULL)");
        }
    }

    private static PreparedStatement insert(Connection connection, String value) throws SQLException {
        PreparedStatement s = connection.prepareStatement("INSERT INTO t (v) VALUES (?)");
        s.setString(1, value);
        s.executeUpdate();
        return s;
    }

    private static String values(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("SELECT group_concat(v) FROM t")) {
            r.next();
            return r.getString(1);
        }
    }
}
