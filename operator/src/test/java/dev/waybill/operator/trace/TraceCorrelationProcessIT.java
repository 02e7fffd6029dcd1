package dev.waybill.operator.trace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waybill.operator.OperatorProcess;
import dev.waybill.operator.OperatorTestEnvironment;
import dev.waybill.operator.WiredSimulator;
import dev.waybill.operator.TestTokens;
import dev.waybill.testkit.Repo;
import dev.waybill.testkit.SimulatorProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The packaged operator with JSON logs and no trace collector: an order sent with the caller's {@code traceparent}
 * reaches the vendor in that same trace (a child span of it) with {@code X-Correlation-Id} = the order id, and the
 * operator's log is JSON lines whose MDC carries that trace id with the order id.
 */
class TraceCorrelationProcessIT {

    private static final String NAMESPACE = OperatorTestEnvironment.NAMESPACE;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static WiredSimulator vendors;
    private static SimulatorProcess simulator;
    private static OperatorProcess operator;
    private static int port;

    @BeforeAll
    static void start() throws IOException {
        vendors = WiredSimulator.start();
        simulator = vendors.simulator();
        port = vendors.port();
        operator = vendors.startOperator("trace-correlation", Map.of("WAYBILL_LOG_FORMAT", "json",
                // the routing decision's line (DEBUG) is the one line every order writes
                "QUARKUS_LOG_CATEGORY__DEV_WAYBILL_OPERATOR_ORCHESTRATION__LEVEL", "DEBUG"));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        WiredSimulator.stop(operator);
        if (vendors != null) {
            vendors.close();
        }
    }

    @Test
    void theCallersTraceReachesTheVendorAndTheJsonLogsCarryItWithTheOrderId() throws Exception {
        String traceId = hex(16);
        String callerSpan = hex(8);
        String order = Files.readString(Repo.path("examples/orders/SO-1001.json"))
                .replace("SO-1001", "TRACE-" + System.nanoTime()).replace("ABC-123", "TRACE-A")
                .replace("2026-11-30T00:00:00Z", "2030-01-01T00:00:00Z");
        // the model is built from the resources after start: send once it routes the order to a 3PL node
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
            onlyAt("acme-newark", "TRACE-A");
            return post("/api/v1/routing/preview?namespace=" + NAMESPACE, order, Map.of()).body()
                    .contains("\"shipments\":[{\"node\":{\"namespace\":\"" + NAMESPACE + "\",\"name\":\"acme-newark");
        });

        HttpResponse<String> taken = post("/api/v1/orders?namespace=" + NAMESPACE, order,
                Map.of("traceparent", "00-" + traceId + "-" + callerSpan + "-01"));
        assertThat(taken.statusCode()).as(taken.body()).isEqualTo(202);
        String id = JSON.readTree(taken.body()).path("id").asText();

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> inTrace(traceId).stream().anyMatch(r -> r.path("path").asText().endsWith("/fulfillments")
                        && r.path("method").asText().equals("POST")));
        List<JsonNode> vendorCalls = inTrace(traceId);
        assertThat(vendorCalls).allSatisfy(call -> {
            assertThat(call.path("correlationId").asText()).isEqualTo(id);
            // a span of Waybill's under the caller's, not the caller's own
            assertThat(call.path("traceparent").asText()).matches("00-" + traceId + "-[0-9a-f]{16}-0[01]")
                    .doesNotContain(callerSpan);
        });
        assertThat(JSON.readTree(simulator.requestsJson(id))).as("every call for the order is in its trace")
                .hasSize(vendorCalls.size());

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200)).until(() ->
                logLines().stream().anyMatch(line -> traceId.equals(line.path("mdc").path("traceId").asText())
                        && id.equals(line.path("mdc").path("orderId").asText())));
        assertThat(logLines()).as("a JSON object on every line").isNotEmpty()
                .allSatisfy(line -> assertThat(line.path("message").isTextual()).isTrue());
    }

    /** The vendor calls the simulator received in trace {@code traceId}. */
    private static List<JsonNode> inTrace(String traceId) throws IOException {
        List<JsonNode> calls = new ArrayList<>();
        JSON.readTree(simulator.get("/_sim/requests")).forEach(call -> {
            if (call.path("traceparent").asText().contains("-" + traceId + "-")) {
                calls.add(call);
            }
        });
        return calls;
    }

    /** Every non-blank line of the operator's output, each read as JSON (failing on any that is not). */
    private static List<JsonNode> logLines() throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(operator.log())) {
            if (!line.isBlank()) {
                lines.add(JSON.readTree(line));
            }
        }
        return lines;
    }

    private static void onlyAt(String node, String sku) throws Exception {
        for (String each : new String[] {"acme-newark", "acme-reno", "store-brooklyn", "store-boston",
                "store-seattle", "dropship-la"}) {
            HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/nodes/" + each + "/inventory?namespace="
                            + NAMESPACE)).header("Authorization", TestTokens.AUTHORIZATION)
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("[{\"sku\":\"" + sku + "\",\"available\":"
                            + (each.equals(node) ? 10 : 0) + "}]")).build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        random[0] |= 1; // never all zeros, which W3C calls invalid
        return HexFormat.of().formatHex(random);
    }

    private static String base() {
        return "http://127.0.0.1:" + port;
    }

    private static HttpResponse<String> post(String path, String body, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path))
                .header("Content-Type", "application/json").header("Authorization", TestTokens.AUTHORIZATION)
                .timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(10))
                .header("Authorization", TestTokens.AUTHORIZATION).build(), HttpResponse.BodyHandlers.ofString());
    }
}
