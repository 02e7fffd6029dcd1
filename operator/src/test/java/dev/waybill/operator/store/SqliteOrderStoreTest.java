package dev.waybill.operator.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;

import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** The store contract on the embedded SQLite file (WAL, synchronous=FULL), and what is particular to SQLite. */
class SqliteOrderStoreTest extends OrderStoreContract {

    @TempDir
    Path dataDir;

    @Override
    OrderStore open() {
        return StoreFactory.embedded(dataDir);
    }

    @Test
    void theLogIsCopiedIntoTheDatabaseFileInTheBackground() throws Exception {
        Path file = dataDir.resolve("waybill.db");
        long before = Files.size(file);
        for (int i = 0; i < 300; i++) {
            store.accept(request("key-" + i, "hash-" + i, "SO-" + i));
        }
        // commits go to the log only; the writer's own checkpoint waits for 20,000 pages, far more than these
        await().atMost(Duration.ofSeconds(5)).until(() -> Files.size(file) > before);
    }

    @Test
    void readsDoNotWaitForAWriterHoldingTheDatabase() throws Exception {
        OrderRecord order = ((Intake.Accepted) store.accept(request("key-1", "hash-1", "SO-1"))).order();
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("waybill.db"));
             Statement statement = other.createStatement()) {
            statement.execute("BEGIN IMMEDIATE"); // another writer holds SQLite's write lock until it commits
            statement.execute("UPDATE orders SET state = 'Routing' WHERE id = '" + order.id() + "'");
            // the store waits up to its busy timeout (10 s) for a lock; reads must need none
            assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
                assertThat(store.find(order.id())).map(OrderRecord::state).contains(order.state());
                assertThat(store.auditTrail(order.id())).isNotEmpty();
                assertThat(store.pending("Route")).isEqualTo(1);
            });
            statement.execute("ROLLBACK");
        }
    }
}
