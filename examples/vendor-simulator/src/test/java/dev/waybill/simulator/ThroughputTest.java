package dev.waybill.simulator;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dev.waybill.simulator.Sim.acmeOrder;
import static dev.waybill.simulator.Sim.control;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A thousand orders from sixteen clients at once: each created once, each shipped, each webhook delivered. How fast
 * is not asserted (the fault run in {@code make bench} drives the simulator at a measured rate): a loaded machine
 * must not fail a correct simulator.
 */
@QuarkusTest
@WithTestResource(WebhookReceiver.class)
class ThroughputTest {

    private static final int ORDERS = 1000;

    @BeforeEach
    void fresh() {
        Sim.reset();
        Sim.timing("{\"acceptDelayMillis\":20,\"shipDelayMillis\":20}");
    }

    @Test
    void takesAThousandConcurrentOrdersEachOnceAndDeliversEveryWebhook() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        ExecutorService callers = Executors.newFixedThreadPool(16);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (int i = 0; i < ORDERS; i++) {
            String reference = "load-" + i;
            statuses.add(callers.submit(() -> client.send(request(reference), HttpResponse.BodyHandlers.discarding())
                    .statusCode()));
        }
        for (Future<Integer> status : statuses) {
            assertThat(status.get()).isEqualTo(201);
        }
        callers.shutdown();

        Awaitility.await("all shipped").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(
                () -> ledger().stream().filter(entry -> "SHIPPED".equals(entry.get("state"))).count(),
                shipped -> shipped == ORDERS);
        assertThat(ledger()).allSatisfy(entry -> assertThat(entry).containsEntry("createCount", 1));
        Awaitility.await("all webhooks delivered").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
                .until(() -> WebhookReceiver.received("acme-3pl",
                        received -> received.field("clientReference").startsWith("load-")).size(),
                        delivered -> delivered == 3 * ORDERS);
    }

    private static List<Map<String, Object>> ledger() {
        return JsonPath.from(control().get("/_sim/ledger").then().extract().asString()).getList("");
    }

    private static HttpRequest request(String reference) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + "/acme-3pl/v1/fulfillments"))
                .header("Authorization", "Bearer placeholder-acme-token").header("Content-Type", "application/json")
                .header("Idempotency-Key", reference)
                .POST(HttpRequest.BodyPublishers.ofString(acmeOrder(reference, "A", 1, "B", 2))).build();
    }
}
