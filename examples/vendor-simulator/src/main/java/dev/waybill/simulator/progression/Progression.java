package dev.waybill.simulator.progression;

import dev.waybill.simulator.Timing;
import dev.waybill.simulator.TimingSettings;
import dev.waybill.simulator.ledger.Fulfillment;
import dev.waybill.simulator.ledger.FulfillmentConflict;
import dev.waybill.simulator.ledger.Ledger;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Moves new fulfillments on by themselves, as a vendor's warehouse would: accepted after acceptDelayMillis, the
 * first line shipped after another shipDelayMillis, the rest after one more.
 */
@ApplicationScoped
public class Progression {

    private static final Logger LOG = Logger.getLogger(Progression.class);

    private final Lifecycle lifecycle;
    private final Timing timing;
    private final Ledger ledger;
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "vendor-progression");
        thread.setDaemon(true);
        return thread;
    });

    public Progression(Lifecycle lifecycle, Timing timing, Ledger ledger) {
        this.lifecycle = lifecycle;
        this.timing = timing;
        this.ledger = ledger;
    }

    /** A fulfillment the vendor took on; it will be accepted and shipped. */
    public void created(Fulfillment fulfillment) {
        lifecycle.created(fulfillment);
        TimingSettings settings = timing.current();
        if (!settings.automatic()) {
            return;
        }
        long accept = settings.acceptDelayMillis();
        long ship = settings.shipDelayMillis();
        later(fulfillment, accept, () -> lifecycle.accept(fulfillment));
        later(fulfillment, accept + ship, () -> lifecycle.shipFirst(fulfillment));
        later(fulfillment, accept + 2 * ship, () -> lifecycle.shipRest(fulfillment));
    }

    /** A fulfillment the vendor took but cannot serve: it will be refused when it would have been accepted. */
    public void createdToRefuse(Fulfillment fulfillment) {
        lifecycle.created(fulfillment);
        TimingSettings settings = timing.current();
        if (settings.automatic()) {
            later(fulfillment, settings.acceptDelayMillis(), () -> lifecycle.refuse(fulfillment));
        }
    }

    void stop(@Observes ShutdownEvent event) {
        scheduler.shutdownNow();
    }

    private void later(Fulfillment fulfillment, long delayMillis, Runnable step) {
        scheduler.schedule(() -> {
            // a reset forgot it, or a test took over the controls
            if (!ledger.holds(fulfillment) || !timing.current().automatic()) {
                return;
            }
            try {
                step.run();
            } catch (FulfillmentConflict e) {
                LOG.debugf("%s moved on without this step: %s", fulfillment.id(), e.getMessage());
            } catch (RuntimeException e) {
                LOG.errorf(e, "step of %s failed", fulfillment.id());
            }
        }, delayMillis, TimeUnit.MILLISECONDS);
    }
}
