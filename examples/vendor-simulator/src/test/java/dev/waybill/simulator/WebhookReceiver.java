package dev.waybill.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.awaitility.Awaitility;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A real HTTP server standing in for Waybill's webhook endpoint: the simulator is pointed at it, and tests read what
 * arrived. It can be told to fail the next deliveries to see the simulator retry.
 */
public class WebhookReceiver implements QuarkusTestResourceLifecycleManager {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();
    private static final Map<String, AtomicInteger> FAILURES = new ConcurrentHashMap<>();
    private static HttpServer server;

    /** One webhook as it arrived: the vendor from the path, the headers (lower-case names), the raw body. */
    public record Received(String vendor, Map<String, String> headers, String body, Instant at) {

        public JsonNode json() {
            try {
                return MAPPER.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public String field(String name) {
            return json().path(name).asText();
        }
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 1024);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/hooks/", WebhookReceiver::handle);
        server.setExecutor(Executors.newFixedThreadPool(16));
        server.start();
        return Map.of("sim.callback-base", "http://localhost:" + server.getAddress().getPort() + "/hooks",
                "sim.webhook.initial-backoff-millis", "50");
    }

    @Override
    public void stop() {
        server.stop(0);
    }

    /** Forgets what arrived and any failures still planned. */
    public static void clear() {
        RECEIVED.clear();
        FAILURES.clear();
    }

    /** The next {@code times} deliveries for that vendor are answered 500 (and not recorded). */
    public static void failNext(String vendor, int times) {
        FAILURES.put(vendor, new AtomicInteger(times));
    }

    /** What arrived so far for that vendor and matching the test, oldest first. */
    public static List<Received> received(String vendor, Predicate<Received> which) {
        return RECEIVED.stream().filter(r -> r.vendor().equals(vendor)).filter(which).toList();
    }

    /** Waits (up to 10 s) until at least {@code count} matching webhooks arrived; returns them. */
    public static List<Received> await(String vendor, Predicate<Received> which, int count) {
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20))
                .until(() -> received(vendor, which).size() >= count);
        return received(vendor, which);
    }

    /** Matches webhooks whose JSON has that value in that field. */
    public static Predicate<Received> where(String field, String value) {
        return received -> value.equals(received.field(field));
    }

    private static void handle(HttpExchange exchange) throws IOException {
        String vendor = exchange.getRequestURI().getPath().substring("/hooks/".length());
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        AtomicInteger failures = FAILURES.get(vendor);
        boolean fail = failures != null && failures.getAndDecrement() > 0;
        if (!fail) {
            Map<String, String> headers = exchange.getRequestHeaders().entrySet().stream().collect(Collectors.toMap(
                    entry -> entry.getKey().toLowerCase(Locale.ROOT), entry -> entry.getValue().get(0)));
            RECEIVED.add(new Received(vendor, headers, body, Instant.now()));
        }
        exchange.sendResponseHeaders(fail ? 500 : 200, -1);
        exchange.close();
    }
}
