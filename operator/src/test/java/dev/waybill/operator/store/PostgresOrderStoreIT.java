package dev.waybill.operator.store;

import dev.waybill.testkit.LocalPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** The store contract on a real PostgreSQL server (Debian's package, started by hack/postgres.sh). */
class PostgresOrderStoreIT extends OrderStoreContract {

    private static LocalPostgres postgres;

    @BeforeAll
    static void startPostgres() {
        postgres = LocalPostgres.start(Path.of("target", "postgres").toAbsolutePath());
    }

    @AfterAll
    static void stopPostgres() {
        postgres.close();
    }

    /** One database serves every test: each starts from empty tables, as each SQLite test has its own file. */
    @BeforeEach
    void emptyTables() throws SQLException {
        try (Connection c = DriverManager.getConnection(postgres.jdbcUrl());
             Statement s = c.createStatement()) {
            s.executeUpdate("TRUNCATE orders, idempotency_keys, audit_events, outbox");
        }
    }

    @Override
    OrderStore open() {
        return StoreFactory.postgres(postgres.jdbcUrl());
    }
}
