package dev.waybill.operator.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waybill.operator.OperatorTestEnvironment;
import dev.waybill.operator.TestTokens;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;

/**
 * HTTP to an operator process, as its clients call it (an API token; a channel's HMAC signature; a vendor's signed
 * webhook). Every answer is kept, so that a test can scan all the operator said, not just what it asserted on.
 */
final class OperatorCalls {

    private static final String NAMESPACE = OperatorTestEnvironment.NAMESPACE;
    private static final String SOURCE_SECRET = "placeholder-web-us-hmac-secret";
    private static final String ACME_WEBHOOK_SECRET = "placeholder-acme-webhook-secret";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final String base;
    private final List<String> answers = new ArrayList<>();

    OperatorCalls(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** Every answer so far, as "METHOD path -> status body". */
    synchronized List<String> answers() {
        return List.copyOf(answers);
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    HttpResponse<String> post(String path, String body) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> put(String path, String body) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A canonical order; its answer. */
    HttpResponse<String> order(String json) {
        return post("/api/v1/orders?namespace=" + NAMESPACE, json);
    }

    /** A web-us payload, signed as the shop signs it; its answer. */
    HttpResponse<String> sourceOrder(String payload) {
        return send(HttpRequest.newBuilder(URI.create(base + "/api/v1/sources/web-us/orders?namespace=" + NAMESPACE))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                .header("X-Signature", hmac(SOURCE_SECRET, payload))
                .POST(HttpRequest.BodyPublishers.ofString(payload)));
    }

    /** An acme-3pl webhook, signed and timestamped as the vendor does; its answer. */
    HttpResponse<String> acmeWebhook(String body) {
        String timestamp = String.valueOf(Instant.now().getEpochSecond());
        return send(HttpRequest.newBuilder(URI.create(base + "/api/v1/webhooks/" + NAMESPACE + "/acme-3pl"))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                .header("X-Acme-Timestamp", timestamp)
                .header("X-Acme-Signature", hmac(ACME_WEBHOOK_SECRET, timestamp + "." + body))
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** The body of a 2xx answer as JSON; an AssertionError otherwise. */
    static JsonNode json(HttpResponse<String> response) {
        if (response.statusCode() / 100 != 2) {
            throw new AssertionError(response.request().uri() + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    JsonNode orderView(String id) {
        return json(get("/api/v1/orders/" + id));
    }

    /** Waits until the order is in one of {@code states}; on timeout fails with its audit trail. */
    void awaitState(String id, Duration within, String... states) {
        List<String> wanted = List.of(states);
        try {
            await().atMost(within).pollInterval(Duration.ofMillis(200))
                    .until(() -> wanted.contains(orderView(id).path("state").asText()));
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("order " + id + " did not reach " + wanted + ": " + orderView(id) + "\n"
                    + get("/api/v1/orders/" + id + "/events").body(), e);
        }
    }

    /**
     * Each SKU available only at the node the map names: one inventory snapshot per example node naming every SKU,
     * since a snapshot replaces the node's last one.
     */
    void stock(Map<String, String> nodeOfSku) {
        for (String node : List.of("acme-newark", "acme-reno", "store-brooklyn", "store-boston", "store-seattle",
                "dropship-la")) {
            List<String> items = new ArrayList<>();
            nodeOfSku.forEach((sku, at) -> items.add("{\"sku\":\"" + sku + "\",\"available\":"
                    + (at.equals(node) ? 100 : 0) + "}"));
            json(put("/api/v1/nodes/" + node + "/inventory?namespace=" + NAMESPACE, "[" + String.join(",", items)
                    + "]"));
        }
    }

    /**
     * Waits until a routing preview of an order of {@code sku} picks {@code node} and names every policy in
     * {@code considered} (the model holds them).
     */
    void awaitRoutedTo(String node, String sku, String... considered) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
            String preview = post("/api/v1/routing/preview?namespace=" + NAMESPACE,
                    PlantedPii.canonicalOrder("preview", sku)).body();
            return preview.contains("\"shipments\":[{\"node\":{\"namespace\":\"" + NAMESPACE + "\",\"name\":\""
                    + node + "\"") && List.of(considered).stream().allMatch(preview::contains);
        });
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10))
                .header("Authorization", TestTokens.AUTHORIZATION);
    }

    private HttpResponse<String> send(HttpRequest.Builder builder) {
        HttpRequest request = builder.build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            synchronized (this) {
                answers.add(request.method() + " " + request.uri().getPath() + " -> " + response.statusCode() + " "
                        + response.body());
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static String hmac(String secret, String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
