package dev.waybill.operator.intake;

import dev.waybill.operator.OperatorTestEnvironment;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

/** The intake API end to end: take, read, replay, mismatch and concurrent duplicates, on the embedded store. */
@QuarkusTest
@QuarkusTestResource(OperatorTestEnvironment.class)
class IntakeIT {

    @Test
    void takesAnOrderAndShowsItAndItsAuditTrail() {
        String orderId = "SO-" + UUID.randomUUID();
        Response taken = post(Orders.withId(orderId), null);
        taken.then().statusCode(202).body("state", equalTo("Received"));
        String id = taken.path("id");
        assertThat(taken.header("Location")).endsWith("/api/v1/orders/" + id);
        // time-ordered (version 7): a later order's id sorts after this one's
        assertThat(UUID.fromString(id).version()).isEqualTo(7);
        String later = post(Orders.withId("SO-" + UUID.randomUUID()), null).path("id");
        assertThat(later).isGreaterThan(id);

        given().get("/api/v1/orders/" + id).then().statusCode(200)
                .body("orderId", equalTo(orderId)).body("channel", equalTo("web-us"))
                .body("lines[0].sku", equalTo("ABC-123"))
                .body("shipments", org.hamcrest.Matchers.instanceOf(java.util.List.class));
        given().get("/api/v1/orders/" + id + "/events").then().statusCode(200)
                .body("[0].type", equalTo("OrderReceived")).body("[0].outcome", equalTo("Succeeded"))
                .body("[0].at", startsWith("20"));
    }

    @Test
    void theSameKeyAndBodyAgainIsTheSameAnswer() {
        String body = Orders.withId("SO-" + UUID.randomUUID());
        String key = "key-" + UUID.randomUUID();
        String first = post(body, key).then().statusCode(202).extract().path("id");

        post(body.replace("  ", " "), key).then().statusCode(202).body("id", equalTo(first));
    }

    @Test
    void theSameKeyWithAnotherBodyIs422() {
        String key = "key-" + UUID.randomUUID();
        post(Orders.withId("SO-" + UUID.randomUUID()), key).then().statusCode(202);

        post(Orders.withId("SO-" + UUID.randomUUID()), key).then().statusCode(422)
                .contentType(ProblemDetails.MEDIA_TYPE)
                .body("type", equalTo("https://waybill.dev/problems/idempotency-key-reused"));
    }

    @Test
    void fiftyConcurrentDuplicatesMakeExactlyOneOrder() throws Exception {
        String body = Orders.withId("SO-" + UUID.randomUUID());
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Response>> answers = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            answers.add(pool.submit(() -> {
                go.await();
                return post(body, null);
            }));
        }
        go.countDown();
        List<Response> responses = new ArrayList<>();
        for (Future<Response> answer : answers) {
            responses.add(answer.get());
        }
        pool.shutdown();

        assertThat(responses).allSatisfy(r -> assertThat(r.statusCode()).isIn(202, 409));
        Set<String> ids = responses.stream().filter(r -> r.statusCode() == 202).map(r -> (String) r.path("id"))
                .collect(Collectors.toSet());
        assertThat(ids).as("every 202 names the same order").hasSize(1);
        assertThat(responses.stream().filter(r -> r.statusCode() == 409))
                .allSatisfy(r -> assertThat(r.contentType()).startsWith(ProblemDetails.MEDIA_TYPE));
    }

    @Test
    void anUnknownOrderIs404ProblemJson() {
        given().get("/api/v1/orders/nope").then().statusCode(404).contentType(ProblemDetails.MEDIA_TYPE)
                .body("title", equalTo("Order not found"));
    }

    @Test
    void theOpenApiDocumentDescribesIntake() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.keySet()", hasItem("/api/v1/orders"));
    }

    static Response post(String body, String key) {
        var request = given().contentType("application/json").body(body);
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.post("/api/v1/orders");
    }
}
