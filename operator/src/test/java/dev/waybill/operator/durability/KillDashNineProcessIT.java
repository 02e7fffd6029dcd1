package dev.waybill.operator.durability;

import dev.waybill.operator.OperatorProcess;
import dev.waybill.operator.OperatorTestEnvironment;
import dev.waybill.operator.TestTokens;
import dev.waybill.testkit.LocalPostgres;
import dev.waybill.testkit.Repo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An acknowledged order survives kill -9: orders are driven at the packaged operator, which is killed mid-stream
 * and restarted on the same store; every order that got a 202 is there, once, on both stores.
 */
class KillDashNineProcessIT {

    private static final OperatorTestEnvironment ENVIRONMENT = new OperatorTestEnvironment();
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static LocalPostgres postgres;

    @BeforeAll
    static void start() {
        ENVIRONMENT.start();
        postgres = LocalPostgres.start(Path.of("target", "postgres-durability").toAbsolutePath());
    }

    @AfterAll
    static void stop() {
        postgres.close();
        ENVIRONMENT.stop();
    }

    @Test
    void embeddedStoreKeepsEveryAcknowledgedOrder() throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "kill9-data");
        survivesKill("kill9-embedded", Map.of("WAYBILL_DATA_DIR", dataDir.toString()));
    }

    @Test
    void postgresStoreKeepsEveryAcknowledgedOrder() throws Exception {
        survivesKill("kill9-postgres", Map.of("WAYBILL_STORE_URL", postgres.jdbcUrl()));
    }

    private void survivesKill(String name, Map<String, String> store) throws Exception {
        OperatorProcess first = startReady(name + "-1", store);
        Map<String, String> acknowledged = drive(first);
        assertThat(acknowledged).as("orders acknowledged before the kill").hasSizeGreaterThan(20);

        OperatorProcess second = startReady(name + "-2", store);
        try {
            for (Map.Entry<String, String> order : acknowledged.entrySet()) {
                HttpResponse<String> found = get(second, "/api/v1/orders/" + order.getValue());
                assertThat(found.statusCode()).as("acknowledged order %s", order.getKey()).isEqualTo(200);
                assertThat(found.body()).contains("\"orderId\":\"" + order.getKey() + "\"");
                HttpResponse<String> replay = post(second, body(order.getKey()));
                assertThat(replay.statusCode()).isEqualTo(202);
                assertThat(id(replay.body())).as("a replay finds the same order, not a second one")
                        .isEqualTo(order.getValue());
            }
        } finally {
            second.process().destroy();
            second.process().waitFor(20, TimeUnit.SECONDS);
        }
    }

    /** Posts orders from 4 threads, kills the operator with SIGKILL mid-stream; returns orderId -> id of each 202. */
    private static Map<String, String> drive(OperatorProcess operator) throws InterruptedException {
        Map<String, String> acknowledged = new ConcurrentHashMap<>();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger sequence = new AtomicInteger();
        ExecutorService drivers = Executors.newFixedThreadPool(4);
        for (int t = 0; t < 4; t++) {
            drivers.submit(() -> {
                while (running.get()) {
                    String orderId = "SO-K9-" + operator.port() + "-" + sequence.incrementAndGet();
                    try {
                        HttpResponse<String> response = post(operator, body(orderId));
                        if (response.statusCode() == 202) {
                            acknowledged.put(orderId, id(response.body()));
                        }
                    } catch (IOException e) {
                        // the process is gone: that request was never acknowledged
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> acknowledged.size() > 50);
        operator.process().destroyForcibly(); // SIGKILL
        operator.process().waitFor(10, TimeUnit.SECONDS);
        running.set(false);
        drivers.shutdown();
        drivers.awaitTermination(10, TimeUnit.SECONDS);
        return Map.copyOf(acknowledged);
    }

    private static OperatorProcess startReady(String name, Map<String, String> store) throws IOException {
        OperatorProcess process = OperatorProcess.start(name, store);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() -> {
            try {
                return get(process, "/q/health/ready").statusCode() == 200;
            } catch (IOException e) {
                return false;
            }
        });
        return process;
    }

    private static String body(String orderId) {
        try {
            return Files.readString(Repo.path("examples/orders/SO-1001.json")).replace("SO-1001", orderId);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String id(String json) {
        Matcher m = ID.matcher(json);
        return m.find() ? m.group(1) : "";
    }

    private static HttpResponse<String> post(OperatorProcess p, String body) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + p.port() + "/api/v1/orders"))
                .header("Authorization", TestTokens.AUTHORIZATION)
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(OperatorProcess p, String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + p.port() + path))
                .header("Authorization", TestTokens.AUTHORIZATION)
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
