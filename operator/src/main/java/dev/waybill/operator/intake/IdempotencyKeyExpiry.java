package dev.waybill.operator.intake;

import dev.waybill.operator.store.OrderStore;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Forgets idempotency keys once their seven days (the Idempotency-Key draft's advice, {@link OrderIntake#KEY_TTL})
 * are over: hourly, on every replica (a purge is idempotent).
 */
@Startup
@Singleton
public class IdempotencyKeyExpiry {

    private static final Logger LOG = Logger.getLogger(IdempotencyKeyExpiry.class);

    private final OrderStore store;
    private final Clock clock;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "waybill-key-expiry");
        thread.setDaemon(true);
        return thread;
    });

    IdempotencyKeyExpiry(OrderStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
        executor.scheduleWithFixedDelay(this::purge, 1, 60, TimeUnit.MINUTES);
    }

    void purge() {
        try {
            int purged = store.purgeExpiredKeys(clock.instant());
            if (purged > 0) {
                LOG.infof("forgot %d idempotency keys older than their seven days", purged);
            }
        } catch (RuntimeException e) {
            LOG.warnf("purging idempotency keys failed, will retry: %s", e.toString());
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        executor.shutdownNow();
    }
}
