package dev.waybill.adapter.app;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/** The adapter app running test resources' contract.json against a stub vendor. */
@QuarkusTest
@QuarkusTestResource(StubVendorResource.class)
class AdapterAppTest {

    @ConfigProperty(name = "stub.url")
    String stubUrl;

    private static String create(String shipmentId) {
        return """
                {"operation": "create", "idempotencyKey": "%1$s:create", "mayHaveBeenSent": false,
                 "correlationId": "SO-1001", "expect": ["vendorReference"],
                 "input": {
                   "order": {"schemaVersion": "1", "orderId": "SO-1001", "channel": "web-us",
                             "customer": {"id": "c-1", "email": "a@example.com"},
                             "shipTo": {"name": "Ada Lovelace", "line1": "1 Main St", "city": "Springfield",
                                        "postalCode": "62701", "country": "US"},
                             "lines": [{"lineId": "1", "sku": "ABC-123", "quantity": 2}]},
                   "shipment": {"id": "%1$s", "lines": [{"lineId": "1", "sku": "ABC-123", "quantity": 2}]},
                   "node": {"name": "acme-east"}}}
                """.formatted(shipmentId);
    }

    @Test
    void aCreateReachesTheVendorWithTheCredentialAndAnswersItsOutcome() throws Exception {
        given().contentType(ContentType.JSON).body(create("S-1"))
                .when().post("/v1/calls")
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("outcome", equalTo("Succeeded"))
                .body("response.vendorReference", notNullValue())
                .body("response.status", equalTo("Accepted"))
                .body("response.vendorStatus", equalTo("RECEIVED"))
                .body("httpStatus", equalTo(201))
                .body("resolvedByLookup", equalTo(false))
                .body("attempts", hasSize(1))
                .body("attempts[0].operation", equalTo("create"));

        assertThat(lastAuthorization()).isEqualTo("Bearer " + StubVendorResource.CREDENTIAL);
    }

    @Test
    void aVendorRefusalIsAFailedOutcomeNotAnError() {
        given().contentType(ContentType.JSON).body(create("refuse-1"))
                .when().post("/v1/calls")
                .then().statusCode(200)
                .body("outcome", equalTo("Failed"))
                .body("failureClass", equalTo("Business"))
                .body("reason", equalTo("NonRetryableVendorError"))
                .body("httpStatus", equalTo(422))
                .body("refusal", equalTo("OutOfStock"))
                .body("mayHaveReachedVendor", equalTo(false))
                .body("maskedRequest", not(containsString("Ada Lovelace")));
    }

    @Test
    void anOperationTheContractLacksIsAFailedOutcome() {
        given().contentType(ContentType.JSON)
                .body("{\"operation\":\"cancel\",\"idempotencyKey\":\"k\",\"input\":{},\"mayHaveBeenSent\":false}")
                .when().post("/v1/calls")
                .then().statusCode(200)
                .body("outcome", equalTo("Failed"))
                .body("reason", equalTo("UnsupportedOperation"));
    }

    @Test
    void aBadBodyIs400ProblemJsonNamingTheField() {
        given().contentType(ContentType.JSON)
                .body("{\"idempotencyKey\":\"k\",\"input\":[],\"mayHaveBeenSent\":false}")
                .when().post("/v1/calls")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", contains("operation", "input"));
        given().contentType(ContentType.JSON).body("{\"operation\": \"create\", ")
                .when().post("/v1/calls")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("body"));
        given().contentType(ContentType.JSON).body("")
                .when().post("/v1/calls")
                .then().statusCode(400);
    }

    @Test
    void theContractIsDescribedWithoutItsCredential() {
        String body = given().when().get("/v1/contract")
                .then().statusCode(200)
                .body("name", equalTo("acme-3pl"))
                .body("namespace", equalTo("shop"))
                .body("operations", contains("create", "lookup"))
                .body("circuitState", equalTo("Closed"))
                .body("stats.windowSeconds", notNullValue())
                .extract().asString();

        assertThat(body).doesNotContain(StubVendorResource.CREDENTIAL).doesNotContain("secretRef");
    }

    @Test
    void readyWithTheCircuitAsData() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("contract"))
                .body("checks.find { it.name == 'contract' }.data.circuitState", equalTo("Closed"))
                .body("checks.find { it.name == 'contract' }.data.namespace", equalTo("shop"));
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void metricsShowCallsAndTheCircuit() {
        given().contentType(ContentType.JSON).body(create("S-m")).when().post("/v1/calls").then().statusCode(200);

        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("waybill_adapter_calls_total"))
                .body(containsString("waybill_adapter_circuit_state"))
                .body(not(containsString(StubVendorResource.CREDENTIAL)));
    }

    private String lastAuthorization() throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(stubUrl + "/_stub/last-authorization")).build(),
                HttpResponse.BodyHandlers.ofString());
        return response.body();
    }
}
