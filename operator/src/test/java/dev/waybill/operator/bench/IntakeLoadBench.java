package dev.waybill.operator.bench;

import dev.waybill.operator.OperatorProcess;
import dev.waybill.operator.TestTokens;
import dev.waybill.operator.OperatorTestEnvironment;
import dev.waybill.testkit.LocalPostgres;
import dev.waybill.testkit.Repo;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import static org.awaitility.Awaitility.await;

/**
 * HTTP load driver for intake (make bench, never make test): open loop at a fixed arrival rate, latency measured
 * from each request's scheduled time (no coordinated omission), against the packaged operator with durable
 * acknowledgement, on the embedded store and on PostgreSQL.
 */
class IntakeLoadBench {

    private static final Duration RUN = Duration.ofSeconds(10);
    private static final Duration WARM_UP = Duration.ofSeconds(30);
    /** Beyond this many outstanding requests the driver sheds load instead of exhausting file descriptors. */
    private static final int MAX_IN_FLIGHT = 2000;
    /** The offered rates, orders per second; {@code -Dbench.intake.rates=500,2000} for others. */
    private static final int[] RATES = java.util.Arrays.stream(System.getProperty("bench.intake.rates",
            "500,1000,2000").split(",")).mapToInt(r -> Integer.parseInt(r.trim())).toArray();
    /** Also print each second's p99 (where a tail comes from: one stall or a steady queue). */
    private static final boolean SLICES = Boolean.getBoolean("bench.intake.slices");
    /** Which stores to load: {@code -Dbench.intake.stores=embedded} for one. */
    private static final String STORES = System.getProperty("bench.intake.stores", "embedded,postgres");
    /** Extra JVM options for the operator under load, e.g. a flight recording: {@code -Dbench.intake.jvm=...}. */
    private static final String OPERATOR_JVM = System.getProperty("bench.intake.jvm", "");

    @Test
    void intakeOnBothStores() throws Exception {
        OperatorTestEnvironment environment = new OperatorTestEnvironment();
        environment.start();
        try (LocalPostgres postgres = LocalPostgres.start(Path.of("target", "postgres-bench").toAbsolutePath(),
                true)) {
            Path data = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "bench-data");
            if (STORES.contains("embedded")) {
                measure("embedded (SQLite WAL, synchronous=FULL)", Map.of("WAYBILL_DATA_DIR", data.toString()));
            }
            if (STORES.contains("postgres")) {
                measure("PostgreSQL (local, fsync and synchronous commit on)", Map.of("WAYBILL_STORE_URL", postgres.jdbcUrl()));
            }
        } finally {
            environment.stop();
        }
    }

    private static void measure(String store, Map<String, String> env) throws Exception {
        Map<String, String> withJvm = new java.util.HashMap<>(env);
        if (!OPERATOR_JVM.isBlank()) {
            withJvm.put("JAVA_TOOL_OPTIONS", OPERATOR_JVM);
        }
        OperatorProcess operator = OperatorProcess.start("bench-intake", withJvm);
        // Vert.x's client, not the JDK's: the driver shares the operator's two cores and should take little of them
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1));
        try {
            HttpClient http = vertx.createHttpClient(new HttpClientOptions().setDefaultHost("127.0.0.1")
                    .setDefaultPort(operator.port()).setKeepAlive(true).setMaxPoolSize(MAX_IN_FLIGHT)
                    .setConnectTimeout(10_000));
            await().atMost(Duration.ofSeconds(60)).until(() -> ready(operator));
            String template = Files.readString(Repo.path("examples/orders/SO-1001.json"));
            run(http, template, 1000, WARM_UP, "warm-up"); // until the JIT has compiled the hot paths: steady state
            System.out.printf("%n== intake load, %s, %s per rate, 2 cores%n", store, RUN);
            for (int rate : RATES) {
                System.out.println(run(http, template, rate, RUN, store));
            }
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            operator.process().destroy();
            operator.process().waitFor(20, TimeUnit.SECONDS);
        }
    }

    private static String run(HttpClient http, String template, int rate, Duration length, String label)
            throws Exception {
        ConcurrentLinkedQueue<long[]> latencies = new ConcurrentLinkedQueue<>(); // {scheduled, latency}
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger shed = new AtomicInteger();
        Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT);
        long interval = 1_000_000_000L / rate;
        long start = System.nanoTime();
        long total = length.toSeconds() * rate;
        CountDownLatch answered = new CountDownLatch((int) total);
        for (long i = 0; i < total; i++) {
            long scheduled = start + i * interval;
            long wait = scheduled - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            Buffer body = Buffer.buffer(template.replace("SO-1001",
                    "SO-B-" + label.hashCode() + "-" + rate + "-" + i + "-" + start));
            if (!inFlight.tryAcquire()) {
                shed.incrementAndGet(); // the server is this far behind: count the request as failed, not queued
                answered.countDown();
                continue;
            }
            http.request(HttpMethod.POST, "/api/v1/orders")
                    .compose(request -> request.putHeader("Content-Type", "application/json")
                            .putHeader("Authorization", TestTokens.AUTHORIZATION).send(body))
                    .compose(response -> response.body().map(ignored -> response.statusCode()))
                    .onComplete(status -> {
                        latencies.add(new long[] {scheduled, System.nanoTime() - scheduled});
                        if (status.failed() || status.result() != 202) {
                            errors.incrementAndGet();
                        }
                        inFlight.release();
                        answered.countDown();
                    });
        }
        answered.await(2, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] sorted = latencies.stream().mapToLong(l -> l[1]).sorted().toArray();
        if (SLICES) {
            StringBuilder line = new StringBuilder("  p99 per second (ms):");
            for (long second = 0; second * 1_000_000_000L < total * interval; second++) {
                long from = start + second * 1_000_000_000L;
                long[] slice = latencies.stream().filter(l -> l[0] >= from && l[0] < from + 1_000_000_000L)
                        .mapToLong(l -> l[1]).sorted().toArray();
                line.append(slice.length == 0 ? " -" : String.format(" %.0f", pct(slice, 0.99)));
            }
            System.out.println(line);
        }
        return String.format("offered %5d/s: completed %6d in %.1f s (%.0f/s), errors %d, shed %d, latency p50 %.1f ms, "
                        + "p99 %.1f ms, max %.1f ms", rate, sorted.length, seconds, sorted.length / seconds,
                errors.get(), shed.get(), pct(sorted, 0.50), pct(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
    }

    private static double pct(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }

    private static boolean ready(OperatorProcess operator) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + operator.port()
                    + "/q/health/ready")).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
