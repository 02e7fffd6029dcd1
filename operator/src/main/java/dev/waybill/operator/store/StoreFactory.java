package dev.waybill.operator.store;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier;
import org.flywaydb.core.Flyway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;

/**
 * Opens the store Waybill is configured for: the embedded SQLite file (the default: no server to run) or
 * PostgreSQL (for several replicas). Migrates the schema with Flyway before first use.
 *
 * <p>Why SQLite for the embedded store: in WAL mode with {@code synchronous=FULL} a commit returns only after the
 * write-ahead log is fsync'd, which is exactly "acknowledged means durable", and a crashed process leaves a
 * database that opens consistent. H2 gives no such per-commit sync guarantee.
 */
public final class StoreFactory {

    private StoreFactory() {
    }

    /**
     * The embedded store in {@code dataDir}/waybill.db. Reads and writes use separate pools: SQLite's IMMEDIATE
     * transactions take the database's write lock when they begin, so a read begun that way would queue behind the
     * writer (and the writer behind it). Reads begin DEFERRED: in WAL mode they see the last commit and never block
     * the writer. All writes go through one connection of the writer pool (group commit).
     */
    public static OrderStore embedded(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + dataDir, e);
        }
        String url = "jdbc:sqlite:" + dataDir.resolve("waybill.db").toAbsolutePath()
                + "?journal_mode=WAL&synchronous=FULL&busy_timeout=10000&foreign_keys=true"
                // checkpoints run in the background (WalCheckpointer); this is the backstop, ~80 MB of log
                + "&wal_autocheckpoint=20000&journal_size_limit=" + (64 << 20) + "&transaction_mode=";
        AgroalDataSource writer = pool(url + "IMMEDIATE", org.sqlite.JDBC.class, 2);
        migrate(writer, "INTEGER PRIMARY KEY AUTOINCREMENT");
        AgroalDataSource readers = pool(url + "DEFERRED", org.sqlite.JDBC.class, 8);
        WalCheckpointer checkpointer = new WalCheckpointer(readers);
        return new JdbcOrderStore(readers, writer, () -> {
            checkpointer.close();
            readers.close();
            writer.close();
        }, true);
    }

    /** PostgreSQL at a {@code jdbc:postgresql://} URL. */
    public static OrderStore postgres(String jdbcUrl) {
        if (!jdbcUrl.startsWith("jdbc:postgresql://")) {
            throw new IllegalArgumentException("WAYBILL_STORE_URL must be a jdbc:postgresql:// URL");
        }
        AgroalDataSource dataSource = pool(jdbcUrl, org.postgresql.Driver.class, 16);
        migrate(dataSource, "BIGSERIAL PRIMARY KEY");
        return new JdbcOrderStore(dataSource, dataSource, dataSource, false);
    }

    /** A pool with the driver named, not looked up: DriverManager lookups depend on the caller's class loader. */
    private static AgroalDataSource pool(String url, Class<?> driver, int size) {
        try {
            return AgroalDataSource.from(new AgroalDataSourceConfigurationSupplier()
                    .connectionPoolConfiguration(pool -> pool.minSize(1).maxSize(size).initialSize(1)
                            .acquisitionTimeout(Duration.ofSeconds(30))
                            .connectionFactoryConfiguration(factory -> factory.jdbcUrl(url)
                                    .connectionProviderClass(driver))));
        } catch (SQLException e) {
            throw new StoreException("cannot open the store", e);
        }
    }

    /** One set of migrations for both databases; the key of the append-only tables is the one difference. */
    private static void migrate(AgroalDataSource dataSource, String sequenceKey) {
        Flyway.configure(StoreFactory.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration/common")
                .placeholders(Map.of("sequence_key", sequenceKey))
                .load()
                .migrate();
    }
}
