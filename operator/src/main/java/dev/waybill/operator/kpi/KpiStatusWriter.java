package dev.waybill.operator.kpi;

import dev.waybill.operator.lifecycle.OperatorLifecycle;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Every {@code waybill.kpi.interval} on its own thread: computes the round of figures, publishes it to the gauges
 * and to the reconcilers (SLOs), and, on the leader only, writes the figures that changed into the resources'
 * status and asks for a reconcile where an SLO verdict moved. Order flow never waits on it; a failed round is logged
 * and the next one tries again.
 */
@Startup
@Singleton
public class KpiStatusWriter {

    private static final Logger LOG = Logger.getLogger(KpiStatusWriter.class);

    private final KpiRounds rounds;
    private final KpiBoard board;
    private final KpiGauges gauges;
    private final KpiPatches patches;
    private final SloRechecks rechecks;
    private final OperatorLifecycle lifecycle;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "waybill-kpis");
        thread.setDaemon(true);
        return thread;
    });

    KpiStatusWriter(KpiRounds rounds, KpiBoard board, KpiGauges gauges, KpiPatches patches, SloRechecks rechecks,
                    OperatorLifecycle lifecycle, KpiConfig config) {
        this.rounds = rounds;
        this.board = board;
        this.gauges = gauges;
        this.patches = patches;
        this.rechecks = rechecks;
        this.lifecycle = lifecycle;
        long interval = config.interval().toMillis();
        executor.scheduleWithFixedDelay(this::tick, interval, interval, TimeUnit.MILLISECONDS);
    }

    void tick() {
        try {
            KpiRound round = rounds.compute();
            board.publish(round);
            gauges.publish(round);
            if (lifecycle.leading() && lifecycle.controllers() > 0) {
                int written = patches.writeChanged(round);
                rechecks.request(round);
                if (written > 0) {
                    LOG.debugf("KPIs written to %d resources", written);
                }
            }
        } catch (RuntimeException e) {
            LOG.warnf("KPI round failed, the next one tries again: %s", e.toString());
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        executor.shutdownNow();
    }
}
