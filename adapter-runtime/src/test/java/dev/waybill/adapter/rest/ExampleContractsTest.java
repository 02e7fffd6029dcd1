package dev.waybill.adapter.rest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.waybill.adapter.connector.ContractDefinition;
import dev.waybill.adapter.connector.ContractOperations;
import dev.waybill.adapter.connector.Credential;
import dev.waybill.adapter.connector.VendorOutcome.Failed;
import dev.waybill.adapter.connector.VendorOutcome.Succeeded;
import dev.waybill.adapter.connector.VendorCall;
import dev.waybill.adapter.testing.ExampleContracts;
import dev.waybill.adapter.testing.MutableClock;
import dev.waybill.adapter.testing.StubVendor;
import dev.waybill.adapter.testing.StubVendor.Reply;
import dev.waybill.adapter.testing.TestContracts;
import dev.waybill.api.v1alpha1.contract.AdapterContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The four example contracts compile, and their create requests, made from sample order SO-1001 through the
 * contract's own data policy, carry what each vendor expects, at the path it expects.
 */
class ExampleContractsTest {

    private final MutableClock clock = MutableClock.at("2026-11-27T10:00:00Z");
    private final StubVendor stub = StubVendor.start();

    @AfterEach
    void stop() {
        stub.close();
    }

    private ContractDefinition definition(String name) throws Exception {
        AdapterContract contract = ExampleContracts.contracts().get(name);
        contract.getSpec().baseUrl = stub.baseUrl() + "/" + name;
        return ContractDefinition.compile(name, contract.getSpec(), Optional.of(new Credential("c")), Optional.empty());
    }

    private JsonNode createBody(String name, String method, String path) throws Exception {
        stub.on(method, "/" + name, Reply.json(201, "{}"));
        try (RestConnector connector = RestConnector.create(definition(name), clock)) {
            connector.call(new VendorCall("create", "k-1", ExampleContracts.createInput(
                    ExampleContracts.order("SO-1001"), "SO-1001-1", "store-1"), Set.of(), false, "c-1"));
        }
        assertThat(stub.received()).singleElement().satisfies(r -> {
            assertThat(r.method()).isEqualTo(method);
            assertThat(r.pathAndQuery()).isEqualTo("/vendor/" + name + path);
        });
        return TestContracts.JSON.readTree(stub.received().get(0).body());
    }

    @Test
    void allFourCompileWithTheirOperations() throws Exception {
        Map<String, AdapterContract> contracts = ExampleContracts.contracts();

        assertThat(contracts).containsOnlyKeys("acme-3pl", "corner-stores", "dropship-direct", "payments");
        for (AdapterContract contract : contracts.values()) {
            ContractDefinition compiled = ContractDefinition.compile(contract.getMetadata().getName(),
                    contract.getSpec(), Optional.of(new Credential("c")), Optional.of(new Credential("w")));
            assertThat(compiled.mappings()).containsKey("create.request");
        }
        assertThat(ContractOperations.declared(contracts.get("payments").getSpec().operations)).containsKey("void");
        assertThat(ContractOperations.declared(contracts.get("dropship-direct").getSpec().operations))
                .containsOnlyKeys("create");
    }

    @Test
    void acmeGetsItsFulfillment() throws Exception {
        JsonNode body = createBody("acme-3pl", "POST", "/v1/fulfillments");

        assertThat(body.path("clientReference").asText()).isEqualTo("SO-1001-1");
        assertThat(body.path("orderNumber").asText()).isEqualTo("SO-1001");
        assertThat(body.path("service").asText()).isEqualTo("standard");
        assertThat(body.path("shipTo").path("name").asText()).isEqualTo("Ada Lovelace");
        assertThat(body.path("shipTo").path("street").asText()).isEqualTo("1 Main St");
        assertThat(body.path("shipTo").path("zip").asText()).isEqualTo("62701");
        assertThat(body.path("shipTo").path("state").asText()).isEqualTo("IL");
        assertThat(body.path("items").get(0).path("sku").asText()).isEqualTo("ABC-123");
        assertThat(body.path("items").get(0).path("qty").asInt()).isEqualTo(2);
        assertThat(stub.received().get(0).header("Idempotency-Key")).isEqualTo("k-1");
    }

    @Test
    void cornerStoresGetsItsOrder() throws Exception {
        JsonNode body = createBody("corner-stores", "POST", "/orders");

        assertThat(body.path("externalRef").asText()).isEqualTo("SO-1001-1");
        assertThat(body.path("store").asText()).isEqualTo("store-1");
        assertThat(body.path("pickup").asBoolean(true)).isFalse();
        assertThat(body.path("customerName").asText()).isEqualTo("Ada Lovelace");
        assertThat(body.path("lines").get(0).path("item").asText()).isEqualTo("ABC-123");
        assertThat(body.path("lines").get(0).path("quantity").asInt()).isEqualTo(2);
        assertThat(body.toString()).doesNotContain("1 Main St", "customer1001@example.com");
    }

    @Test
    void dropshipGetsItsUpload() throws Exception {
        JsonNode body = createBody("dropship-direct", "PUT", "/uploads/SO-1001-1");

        assertThat(body.path("poNumber").asText()).isEqualTo("SO-1001-1");
        assertThat(body.path("shipToAddress").asText()).isEqualTo("1 Main St, Springfield 62701");
        assertThat(body.path("country").asText()).isEqualTo("US");
        assertThat(body.path("skus").get(0).asText()).isEqualTo("ABC-123x2");
    }

    @Test
    void paymentsGetsItsCapture() throws Exception {
        JsonNode body = createBody("payments", "POST", "/v1/captures");

        assertThat(body.path("authorization").asText()).isEqualTo("auth-1001");
        assertThat(body.path("amount").asText()).isEqualTo("39.98");
        assertThat(body.path("currency").asText()).isEqualTo("USD");
    }

    @Test
    void outOfStockRefusalsAreNamed() throws Exception {
        stub.on("POST", "/acme-3pl", Reply.json(409, "{\"error\":\"OUT_OF_STOCK\"}"))
                .on("POST", "/corner-stores", Reply.json(422, "{\"code\":\"insufficient_stock\"}"));
        for (String name : new String[] {"acme-3pl", "corner-stores"}) {
            try (RestConnector connector = RestConnector.create(definition(name), clock)) {
                Failed failed = (Failed) connector.call(new VendorCall("create", "k-1", ExampleContracts.createInput(
                        ExampleContracts.order("SO-1001"), "SO-1001-1", "store-1"), Set.of(), false, "c-1"));
                assertThat(failed.refusal()).as(name).isEqualTo("OutOfStock");
            }
        }
        stub.on("POST", "/acme-3pl", Reply.json(201, "{\"id\":\"F-1\",\"status\":\"RECEIVED\"}"));
        try (RestConnector connector = RestConnector.create(definition("acme-3pl"), clock)) {
            Succeeded ok = (Succeeded) connector.call(new VendorCall("create", "k-2", ExampleContracts.createInput(
                    ExampleContracts.order("SO-1001"), "SO-1001-2", "store-1"), Set.of(), false, "c-1"));
            assertThat(ok.response()).doesNotContainKey("refusal").containsEntry("status", "Submitted");
        }
    }
}
