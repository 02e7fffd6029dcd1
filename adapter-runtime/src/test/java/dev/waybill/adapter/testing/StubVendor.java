package dev.waybill.adapter.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A scripted vendor on a local port: answers each method and path prefix with queued replies (the last one repeats)
 * and records every request it received, so a test can check what reached the vendor and what did not.
 */
public final class StubVendor implements AutoCloseable {

    /** One scripted answer; {@code delay} holds it back (longer than the client's timeout: no answer in time). */
    public record Reply(int status, String body, Map<String, String> headers, Duration delay) {

        public static Reply json(int status, String body) {
            return new Reply(status, body, Map.of(), Duration.ZERO);
        }

        public Reply withHeader(String name, String value) {
            Map<String, String> more = new HashMap<>(headers);
            more.put(name, value);
            return new Reply(status, body, more, delay);
        }

        public Reply after(Duration wait) {
            return new Reply(status, body, headers, wait);
        }
    }

    /** A request as the vendor saw it; header names lower-cased. */
    public record Received(String method, String pathAndQuery, Map<String, String> headers, String body) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private record Route(String method, String prefix, Deque<Reply> replies, Function<Received, Reply> answer) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<Route> routes = new CopyOnWriteArrayList<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();

    private StubVendor() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    public static StubVendor start() {
        try {
            return new StubVendor();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/vendor";
    }

    /** Scripts {@code method} on paths starting with {@code prefix} (under /vendor); later scripts win. */
    public StubVendor on(String method, String prefix, Reply... replies) {
        routes.add(0, new Route(method, "/vendor" + prefix, new ArrayDeque<>(List.of(replies)), null));
        return this;
    }

    /** Scripts {@code method} on paths starting with {@code prefix} with an answer made from each request. */
    public StubVendor answer(String method, String prefix, Function<Received, Reply> answer) {
        routes.add(0, new Route(method, "/vendor" + prefix, new ArrayDeque<>(), answer));
        return this;
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    public List<Received> received(String method, String prefix) {
        return received.stream().filter(r -> r.method().equals(method) && r.pathAndQuery().startsWith("/vendor" + prefix))
                .toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> headers = new HashMap<>();
            exchange.getRequestHeaders().forEach((name, values) ->
                    headers.put(name.toLowerCase(Locale.ROOT), values.get(0)));
            String path = exchange.getRequestURI().getRawPath()
                    + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
            Received request = new Received(exchange.getRequestMethod(), path, headers, body);
            received.add(request);
            Reply reply = next(request);
            if (!reply.delay().isZero()) {
                holdBack(reply.delay());
            }
            reply.headers().forEach(exchange.getResponseHeaders()::add);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            byte[] bytes = reply.body() == null ? new byte[0] : reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (IOException clientGone) {
            // The client timed out and closed the connection: what a slow vendor's late answer meets.
        }
    }

    private Reply next(Received request) {
        for (Route route : routes) {
            if (route.method().equals(request.method()) && request.pathAndQuery().startsWith(route.prefix())) {
                if (route.answer() != null) {
                    return route.answer().apply(request);
                }
                synchronized (route.replies()) {
                    return route.replies().size() > 1 ? route.replies().poll() : route.replies().peek();
                }
            }
        }
        return Reply.json(404, "{\"error\":\"no such route\"}");
    }

    private static void holdBack(Duration delay) {
        try {
            // A slow vendor is the point of this stub; the connector under test never waits like this.
            TimeUnit.MILLISECONDS.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
