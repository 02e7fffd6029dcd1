package dev.waybill.simulator;

import dev.waybill.simulator.WebhookReceiver.Received;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static dev.waybill.simulator.Sim.acme;
import static dev.waybill.simulator.Sim.acmeOrder;
import static dev.waybill.simulator.Sim.ledgerEntry;
import static dev.waybill.simulator.Sim.ref;
import static dev.waybill.simulator.Sim.stores;
import static dev.waybill.simulator.Sim.storesOrder;
import static dev.waybill.simulator.WebhookReceiver.await;
import static dev.waybill.simulator.WebhookReceiver.where;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

/** Each fault posted to /_sim/faults shows, for its vendor only, the moment it is posted. */
@QuarkusTest
@WithTestResource(WebhookReceiver.class)
class FaultsTest {

    @BeforeEach
    void fresh() {
        Sim.reset();
        Sim.timing("{\"acceptDelayMillis\":30,\"shipDelayMillis\":60}");
    }

    @Test
    void errorRateOneAnswers503AndDoesNothing() {
        Sim.faults("{\"vendor\":\"acme-3pl\",\"errorRate\":1}");
        String reference = ref("shp");
        acme().body(acmeOrder(reference, "A", 1)).post("/acme-3pl/v1/fulfillments").then().statusCode(503);
        assertThat(ledgerEntry("acme-3pl", reference)).isNull();

        stores().body(storesOrder(ref("cs"), "A", 1)).post("/corner-stores/orders").then().statusCode(201);
    }

    @Test
    void rateLimitRateOneAnswers429WithRetryAfter() {
        Sim.faults("{\"vendor\":\"corner-stores\",\"rateLimitRate\":1.0}");
        String reference = ref("cs");
        stores().body(storesOrder(reference, "A", 1)).post("/corner-stores/orders").then().statusCode(429)
                .header("Retry-After", "1");
        assertThat(ledgerEntry("corner-stores", reference)).isNull();
    }

    @Test
    void aVendorThatIsDownAnswers503AndHoldsItsWebhooksUntilItIsUp() throws InterruptedException {
        Sim.timing("{\"acceptDelayMillis\":150,\"shipDelayMillis\":50}");
        String reference = ref("shp");
        acme().body(acmeOrder(reference, "A", 1)).post("/acme-3pl/v1/fulfillments").then().statusCode(201);
        Sim.faults("{\"vendor\":\"acme-3pl\",\"down\":true}");

        acme().get("/acme-3pl/v1/stock").then().statusCode(503);
        Thread.sleep(500);
        assertThat(WebhookReceiver.received("acme-3pl", where("clientReference", reference))).isEmpty();
        assertThat(ledgerEntry("acme-3pl", reference)).containsEntry("state", "SHIPPED");

        Sim.faults("{\"vendor\":\"acme-3pl\",\"down\":false}");
        List<Received> events = await("acme-3pl", where("clientReference", reference), 2);
        assertThat(events).extracting(e -> e.field("status")).containsExactly("ACCEPTED", "SHIPPED");
        events.forEach(WebhookTest::assertSigned);
    }

    @Test
    void timeoutAfterAcceptProcessesTheCallButHoldsTheAnswer() throws Exception {
        Sim.timing("{\"timeoutHoldMillis\":1500}");
        Sim.faults("{\"vendor\":\"acme-3pl\",\"timeoutAfterAcceptRate\":1}");
        String reference = ref("shp");
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port
                        + "/acme-3pl/v1/fulfillments"))
                .header("Authorization", "Bearer placeholder-acme-token").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(acmeOrder(reference, "A", 1))).build();
        long start = System.nanoTime();
        CompletableFuture<HttpResponse<String>> answer = HttpClient.newHttpClient()
                .sendAsync(request, HttpResponse.BodyHandlers.ofString());

        Awaitility.await().atMost(Duration.ofSeconds(1))
                .until(() -> ledgerEntry("acme-3pl", reference) != null);
        assertThat(answer).isNotDone();
        HttpResponse<String> response = answer.get();
        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(1400));
    }

    @Test
    void refuseEchoRateOneAnswers422QuotingTheRequestAndRecordsWhatWasReceived() {
        Sim.faults("{\"vendor\":\"acme-3pl\",\"refuseEchoRate\":1}");
        String reference = ref("shp");
        acme().body(acmeOrder(reference, "A", 1)).post("/acme-3pl/v1/fulfillments").then().statusCode(422)
                .body("error", is("UNPROCESSABLE"))
                .body("request.clientReference", is(reference)).body("request.shipTo.name", is("A B"))
                .body("standardized.shipTo.street", is("1 MAIN ST"));
        assertThat(ledgerEntry("acme-3pl", reference)).isNull();
        Sim.control().get("/_sim/received").then().statusCode(200)
                .body("findAll { it.vendor == 'acme-3pl' }.body.join()", containsString(reference));

        stores().body(storesOrder(ref("cs"), "A", 1)).post("/corner-stores/orders").then().statusCode(201);
        acme().get("/acme-3pl/v1/stock").then().statusCode(200);
        Sim.reset();
        Sim.control().get("/_sim/received").then().body("size()", is(0));
    }

    @Test
    void latencyDelaysEveryAnswer() {
        Sim.faults("{\"vendor\":\"corner-stores\",\"latencyMillis\":400}");
        long start = System.nanoTime();
        stores().get("/corner-stores/orders/by-ref/none").then().statusCode(404);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
    }

    @Test
    void duplicateWebhookRateOneDeliversEachWebhookTwice() {
        Sim.faults("{\"vendor\":\"acme-3pl\",\"duplicateWebhookRate\":1}");
        String reference = ref("shp");
        acme().body(acmeOrder(reference, "A", 1)).post("/acme-3pl/v1/fulfillments").then().statusCode(201);

        List<Received> events = await("acme-3pl", where("clientReference", reference), 4);
        assertThat(events).extracting(e -> e.field("status")).containsExactly("ACCEPTED", "ACCEPTED", "SHIPPED", "SHIPPED");
        assertThat(events.get(0).field("eventId")).isEqualTo(events.get(1).field("eventId"));
        assertThat(events.get(2).field("eventId")).isEqualTo(events.get(3).field("eventId"));
        events.forEach(WebhookTest::assertSigned);
    }

    @Test
    void outOfOrderRateOneSendsTheAcceptanceAfterTheFirstShipment() {
        Sim.faults("{\"vendor\":\"corner-stores\",\"outOfOrderRate\":1}");
        String reference = ref("cs");
        stores().body(storesOrder(reference, "A", 1, "B", 1)).post("/corner-stores/orders").then().statusCode(201);

        List<Received> events = await("corner-stores", where("externalRef", reference), 3);
        assertThat(events).extracting(e -> e.field("state")).containsExactly("partial", "picking", "fulfilled");
    }

    @Test
    void postedFaultsReplaceTheVendorsEarlierOnesAndDeleteClearsAll() {
        Sim.faults("{\"vendor\":\"acme-3pl\",\"errorRate\":1}");
        Sim.faults("{\"vendor\":\"acme-3pl\",\"latencyMillis\":5}");
        Sim.control().get("/_sim/faults").then().body("'acme-3pl'.errorRate", is(0.0f))
                .body("'acme-3pl'.latencyMillis", is(5));
        acme().get("/acme-3pl/v1/stock").then().statusCode(200);

        Sim.faults("{\"vendor\":\"acme-3pl\",\"down\":true}");
        Sim.control().delete("/_sim/faults").then().statusCode(204);
        acme().get("/acme-3pl/v1/stock").then().statusCode(200);
    }
}
