package dev.waybill.operator.store;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Group commit for a single-writer database (SQLite): one thread runs queued writes, each inside its own
 * savepoint, and commits them together, so one fsync acknowledges many writers. A write that fails rolls back its
 * savepoint alone; its caller gets the error, the others still commit. Callers wait until their batch is durable.
 */
final class GroupCommitWriter implements AutoCloseable {

    private static final int MAX_BATCH = 256;

    private record Task<T>(JdbcOrderStore.Work<T> work, CompletableFuture<T> done) {
    }

    private final DataSource dataSource;
    private final BlockingQueue<Task<?>> queue = new ArrayBlockingQueue<>(4096);
    private final Thread thread;
    private volatile boolean running = true;
    /** Only the writer thread touches it. */
    private Connection connection;

    GroupCommitWriter(DataSource dataSource) {
        this.dataSource = dataSource;
        this.thread = new Thread(this::loop, "waybill-store-writer");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    <T> T write(JdbcOrderStore.Work<T> work) {
        Task<T> task = new Task<>(work, new CompletableFuture<>());
        try {
            queue.put(task);
            return task.done().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted waiting for the store", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof StoreException s ? s
                    : new StoreException("store operation failed", e.getCause());
        }
    }

    private void loop() {
        List<Task<?>> batch = new ArrayList<>(MAX_BATCH);
        while (running) {
            try {
                Task<?> first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                commit(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } finally {
                batch.clear();
            }
        }
        discardConnection();
    }

    /** Runs the batch in one transaction, a savepoint per task; completes every task once it is durable. */
    private void commit(List<Task<?>> batch) {
        List<Runnable> completions = new ArrayList<>(batch.size());
        try {
            Connection connection = connection();
            connection.setAutoCommit(false);
            for (Task<?> task : batch) {
                completions.add(runOne(connection, task));
            }
            connection.commit();
            // SQLite's driver begins the next transaction at once; between batches hold no lock
            connection.setAutoCommit(true);
            completions.forEach(Runnable::run);
        } catch (SQLException | RuntimeException e) {
            discardConnection();
            StoreException failure = new StoreException("store commit failed", e);
            batch.forEach(task -> task.done().completeExceptionally(failure));
        }
    }

    /** The writer keeps one connection, and the statements prepared on it, until a batch fails on it. */
    private Connection connection() throws SQLException {
        if (connection == null) {
            connection = PreparedStatementCache.wrap(dataSource.getConnection());
        }
        return connection;
    }

    /** Gives the connection back to the pool after a failure; always, or the pool would run dry. */
    private void discardConnection() {
        if (connection == null) {
            return;
        }
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
        } catch (SQLException | RuntimeException e) {
            // broken: closing it below lets the pool replace it
        }
        try {
            connection.close();
        } catch (SQLException | RuntimeException e) {
            // the pool has already dropped it
        }
        connection = null;
    }

    private static <T> Runnable runOne(Connection connection, Task<T> task) throws SQLException {
        Savepoint savepoint = connection.setSavepoint();
        try {
            T result = task.work().run(connection);
            connection.releaseSavepoint(savepoint);
            return () -> task.done().complete(result);
        } catch (SQLException | RuntimeException e) {
            connection.rollback(savepoint);
            StoreException failure = new StoreException("store operation failed", e);
            return () -> task.done().completeExceptionally(failure);
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
