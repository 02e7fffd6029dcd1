package dev.waybill.adapter.remote;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waybill.adapter.connector.CircuitState;
import dev.waybill.adapter.connector.ConnectorStats;
import dev.waybill.adapter.connector.VendorTracing;
import io.opentelemetry.context.Context;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * The HTTP side of a {@link RemoteConnector}: {@code POST /v1/calls} and {@code GET /v1/contract} of one running
 * adapter app, over HTTP/1.1 with no retries of its own (whether a call may be resent is the connector's decision).
 */
final class AdapterClient {

    /** What {@code GET /v1/contract} reports of the adapter's vendor circuit and call figures. */
    record AdapterStatus(CircuitState circuitState, ConnectorStats stats) {
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final HttpClient client;
    private final URI calls;
    private final URI contract;

    AdapterClient(HttpClient client, URI baseUrl) {
        String base = baseUrl.toString().endsWith("/") ? baseUrl.toString() : baseUrl + "/";
        this.client = client;
        this.calls = URI.create(base + "v1/calls");
        this.contract = URI.create(base + "v1/contract");
    }

    /**
     * Sends one call, with the current trace context; the caller tells a connect failure from a failure after send by
     * the exception.
     */
    HttpResponse<byte[]> post(byte[] body, Duration timeout, String correlationId)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(calls).timeout(timeout)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (correlationId != null && correlationId.chars().noneMatch(Character::isISOControl)) {
            request.header("X-Correlation-Id", correlationId);
        }
        VendorTracing.inject(Context.current(), request::header);
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The adapter's circuit and figures; empty when it cannot be reached or answers with anything but them. */
    Optional<AdapterStatus> status(Duration timeout) {
        try {
            HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(contract).timeout(timeout)
                    .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                return Optional.empty();
            }
            JsonNode tree = JSON.readTree(response.body());
            ConnectorStats stats = tree.hasNonNull("stats") ? JSON.treeToValue(tree.get("stats"), ConnectorStats.class)
                    : ConnectorStats.EMPTY;
            return Optional.of(new AdapterStatus(CircuitState.valueOf(tree.path("circuitState").asText()), stats));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
