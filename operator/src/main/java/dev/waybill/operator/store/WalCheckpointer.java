package dev.waybill.operator.store;

import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Copies the embedded store's write-ahead log into the database file in the background. SQLite would otherwise
 * checkpoint inside whichever commit crosses its threshold, so every few hundred orders one acknowledgement would
 * wait for megabytes of copying and the database file's sync. A PASSIVE checkpoint never blocks the writer; the
 * writer's own automatic checkpoint stays as a backstop far above what this leaves behind.
 */
final class WalCheckpointer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(WalCheckpointer.class);
    static final long INTERVAL_MILLIS = 200;

    private final DataSource dataSource;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "waybill-store-checkpoint");
        thread.setDaemon(true);
        return thread;
    });

    WalCheckpointer(DataSource dataSource) {
        this.dataSource = dataSource;
        executor.scheduleWithFixedDelay(this::checkpoint, INTERVAL_MILLIS, INTERVAL_MILLIS, TimeUnit.MILLISECONDS);
    }

    void checkpoint() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true); // a checkpoint cannot run inside a transaction
            statement.execute("PRAGMA wal_checkpoint(PASSIVE)");
        } catch (SQLException | RuntimeException e) {
            // the writer's automatic checkpoint still bounds the log; try again next time
            LOG.debugf("background checkpoint failed, will retry: %s", e.toString());
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
