package dev.waybill.simulator.webhook;

import dev.waybill.simulator.SimulatorConfig;
import dev.waybill.simulator.Vendor;
import dev.waybill.simulator.gate.FaultBook;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Posts vendors' webhooks to {@code <callbackBase>/<vendor>}, asynchronously, retrying with doubling backoff on a
 * connection error or a non-2xx answer. While a vendor is down its webhooks wait and go out, in order, once it is
 * up again.
 */
@ApplicationScoped
public class WebhookSender {

    private static final Logger LOG = Logger.getLogger(WebhookSender.class);

    private final SimulatorConfig config;
    private final FaultBook faults;
    private final HttpClient client = HttpClient.newBuilder()
            // plain HTTP/1.1: no h2c upgrade dance with receivers that would take it
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "webhook-retries");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<Vendor, List<Waiting>> held = new ConcurrentHashMap<>();
    // a reset moves this on, and whatever belongs to an earlier generation is dropped
    private final AtomicLong generation = new AtomicLong();

    public WebhookSender(SimulatorConfig config, FaultBook faults) {
        this.config = config;
        this.faults = faults;
    }

    /** Sends every copy, one after the other; completes when all were delivered or given up (never fails). */
    public CompletableFuture<Void> deliver(Delivery delivery) {
        CompletableFuture<Void> all = CompletableFuture.completedFuture(null);
        for (int copy = 0; copy < delivery.copies(); copy++) {
            all = all.thenCompose(done -> once(delivery, generation.get()));
        }
        return all;
    }

    /** Sends what waited for vendors that are up now, oldest first. */
    public void releaseHeld() {
        for (Vendor vendor : Vendor.values()) {
            List<Waiting> waiting = new ArrayList<>();
            held.computeIfPresent(vendor, (v, list) -> {
                if (faults.of(v).isDown()) {
                    return list;
                }
                waiting.addAll(list);
                return null;
            });
            CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
            for (Waiting next : waiting) {
                chain = chain.thenCompose(done -> once(next.delivery(), next.generation())
                        .whenComplete((ok, error) -> next.done().complete(null)));
            }
        }
    }

    /** Drops everything waiting or being retried. */
    public void clear() {
        generation.incrementAndGet();
        for (Vendor vendor : Vendor.values()) {
            List<Waiting> dropped = held.remove(vendor);
            if (dropped != null) {
                dropped.forEach(waiting -> waiting.done().complete(null));
            }
        }
    }

    void stop(@Observes ShutdownEvent event) {
        retries.shutdownNow();
    }

    private CompletableFuture<Void> once(Delivery delivery, long generationOfDelivery) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        attempt(delivery, generationOfDelivery, 1, done);
        return done;
    }

    private void attempt(Delivery delivery, long generationOfDelivery, int attempt, CompletableFuture<Void> done) {
        if (generationOfDelivery != generation.get()) {
            done.complete(null);
            return;
        }
        if (faults.of(delivery.vendor()).isDown()) {
            hold(new Waiting(delivery, generationOfDelivery, done));
            return;
        }
        HttpRequest request;
        try {
            request = request(delivery);
        } catch (IllegalArgumentException e) {
            LOG.errorf("cannot deliver a %s webhook: %s", delivery.vendor().id(), e.getMessage());
            done.complete(null);
            return;
        }
        client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
            if (error == null && response.statusCode() / 100 == 2) {
                done.complete(null);
            } else if (attempt < config.webhook().attempts()) {
                long backoff = config.webhook().initialBackoffMillis() << (attempt - 1);
                retries.schedule(() -> attempt(delivery, generationOfDelivery, attempt + 1, done),
                        backoff, TimeUnit.MILLISECONDS);
            } else {
                LOG.warnf("gave up delivering a %s webhook after %d attempts: %s", delivery.vendor().id(), attempt,
                        error != null ? error.toString() : "HTTP " + response.statusCode());
                done.complete(null);
            }
        });
    }

    private void hold(Waiting waiting) {
        held.compute(waiting.delivery().vendor(), (vendor, list) -> {
            List<Waiting> more = list == null ? new ArrayList<>() : list;
            more.add(waiting);
            return more;
        });
        // the vendor may have come back up between the check and the hold
        if (!faults.of(waiting.delivery().vendor()).isDown()) {
            releaseHeld();
        }
    }

    private HttpRequest request(Delivery delivery) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(endpoint(delivery.vendor())))
                .timeout(Duration.ofMillis(config.webhook().requestTimeoutMillis()))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(delivery.body()));
        delivery.headers().apply(delivery.body()).forEach(builder::header);
        return builder.build();
    }

    private String endpoint(Vendor vendor) {
        String base = config.callbackBase();
        return (base.endsWith("/") ? base : base + "/") + vendor.id();
    }

    /** A delivery waiting for its vendor to come back up, and who waits for it. */
    private record Waiting(Delivery delivery, long generation, CompletableFuture<Void> done) {
    }
}
