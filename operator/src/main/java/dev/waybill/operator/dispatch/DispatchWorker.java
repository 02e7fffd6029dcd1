package dev.waybill.operator.dispatch;

import dev.waybill.operator.model.ModelRegistry;
import dev.waybill.operator.store.OrderStore;
import dev.waybill.operator.store.OutboxCommand;
import dev.waybill.operator.trace.WorkScope;
import dev.waybill.operator.trace.WorkSpans;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Delivers the outbox's vendor commands (Dispatch, Cancel, Release, Void) at least once: claims them with a lease,
 * runs each on a bounded pool (a slow vendor holds a slot, not the others), and lets an unfinished claim expire so
 * a crashed or stopped worker's commands are delivered again, with the same idempotency keys. Each delivery is a
 * span ({@code waybill.dispatch <command>}) in the trace of the work that wrote the command.
 */
@Startup
@Singleton
public class DispatchWorker {

    private static final Logger LOG = Logger.getLogger(DispatchWorker.class);
    private static final List<String> COMMANDS = List.of("Cancel", "Release", "Void", "Dispatch");

    private final OrderStore store;
    private final ShipmentDispatch dispatch;
    private final CompensationDispatch compensation;
    private final ModelRegistry model;
    private final Clock clock;
    private final WorkSpans spans;
    private final String worker = "dispatcher-" + UUID.randomUUID();
    private final Duration lease;
    private final Semaphore slots;
    private final ExecutorService pool;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
            daemon("waybill-dispatch-claims"));

    DispatchWorker(OrderStore store, ShipmentDispatch dispatch, CompensationDispatch compensation, Clock clock,
                   DispatchConfig config, ModelRegistry model, WorkSpans spans) {
        this.model = model;
        this.spans = spans;
        this.lease = config.lease();
        this.slots = new Semaphore(config.concurrency());
        this.pool = Executors.newFixedThreadPool(config.concurrency(), daemon("waybill-dispatch"));
        this.store = store;
        this.dispatch = dispatch;
        this.compensation = compensation;
        this.clock = clock;
        scheduler.scheduleWithFixedDelay(this::drain, 500, 100, TimeUnit.MILLISECONDS);
    }

    void drain() {
        if (!model.built()) {
            return; // a node or contract not yet compiled would look gone
        }
        try {
            for (String kind : COMMANDS) {
                int free = slots.availablePermits();
                if (free == 0) {
                    return;
                }
                for (OutboxCommand command : store.claim(kind, worker, free, clock.instant(), lease)) {
                    slots.acquireUninterruptibly();
                    pool.execute(() -> deliver(command));
                }
            }
        } catch (RuntimeException e) {
            LOG.warnf("claiming vendor commands failed, will retry: %s", e.toString());
        }
    }

    private void deliver(OutboxCommand command) {
        try (WorkScope span = spans.resume("waybill.dispatch " + command.command(), command.traceParent(),
                command.orderRef()).with(WorkSpans.COMMAND, command.command())
                .with(WorkSpans.DELIVERY, (long) command.attempts())) {
            try {
                run(command);
            } catch (RuntimeException e) {
                // The claim expires and the command is delivered again, with the same idempotency key.
                span.failed(e);
                LOG.warnf("delivering %s for order %s failed, will retry after the lease: %s", command.command(),
                        command.orderRef(), e.toString());
            }
        } finally {
            slots.release();
        }
    }

    private void run(OutboxCommand command) {
        switch (command.command()) {
            case "Dispatch" -> dispatch.run(command);
            case "Cancel" -> compensation.cancel(command);
            case "Release" -> compensation.release(command);
            case "Void" -> compensation.voidPayment(command);
            default -> LOG.warnf("unknown outbox command %s (seq %d) left pending", command.command(),
                    command.seq());
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread thread = new Thread(r, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    void onStop(@Observes ShutdownEvent event) {
        scheduler.shutdownNow();
        pool.shutdownNow();
    }
}
