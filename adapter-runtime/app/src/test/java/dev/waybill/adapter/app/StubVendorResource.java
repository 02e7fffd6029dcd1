package dev.waybill.adapter.app;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Starts a tiny vendor on a loopback port for the app under test, writes {@code contract.json} of the test resources
 * pointing at it, and hands the app that file and a credential. The vendor creates fulfillments (201), refuses
 * shipments whose id starts with {@code refuse-} as out of stock (422), and shows the Authorization and traceparent
 * headers of the last request it got at {@code GET /_stub/last-authorization} and {@code GET /_stub/last-traceparent}.
 */
public class StubVendorResource implements QuarkusTestResourceLifecycleManager {

    /** What the app is given as WAYBILL_CREDENTIAL; it must reach the vendor and never any answer of the app. */
    static final String CREDENTIAL = "s3cret-token-7f2a";

    private final AtomicInteger created = new AtomicInteger();
    private final AtomicReference<String> lastAuthorization = new AtomicReference<>("");
    private final AtomicReference<String> lastTraceparent = new AtomicReference<>("");
    private HttpServer server;
    private Path contractFile;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/vendor/v1/fulfillments", this::fulfillments);
            server.createContext("/_stub/last-authorization", e -> answer(e, 200, lastAuthorization.get()));
            server.createContext("/_stub/last-traceparent", e -> answer(e, 200, lastTraceparent.get()));
            server.start();
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            contractFile = Files.createTempFile("contract", ".json");
            Files.writeString(contractFile, template().replace("${VENDOR_URL}", base + "/vendor"));
            return Map.of("waybill.contract-file", contractFile.toString(), "waybill.credential", CREDENTIAL,
                    "stub.url", base);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void fulfillments(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        lastAuthorization.set(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
        lastTraceparent.set(String.valueOf(exchange.getRequestHeaders().getFirst("traceparent")));
        if (body.contains("\"refuse-")) {
            answer(exchange, 422, "{\"error\":\"OutOfStock\",\"message\":\"no stock\"}");
        } else {
            answer(exchange, 201, "{\"id\":\"F-" + created.incrementAndGet() + "\",\"status\":\"RECEIVED\"}");
        }
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        try (exchange) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private static String template() throws IOException {
        try (InputStream in = StubVendorResource.class.getResourceAsStream("/contract.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
        try {
            if (contractFile != null) {
                Files.deleteIfExists(contractFile);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
