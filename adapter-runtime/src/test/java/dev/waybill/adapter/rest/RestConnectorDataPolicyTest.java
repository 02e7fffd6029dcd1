package dev.waybill.adapter.rest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.waybill.adapter.connector.VendorOutcome.Failed;
import dev.waybill.adapter.testing.MutableClock;
import dev.waybill.adapter.testing.StubVendor;
import dev.waybill.adapter.testing.StubVendor.Reply;
import dev.waybill.adapter.testing.TestContracts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Only the allowed part of an order reaches the vendor; masked fields never show in what people read. */
class RestConnectorDataPolicyTest {

    private static final MutableClock CLOCK = MutableClock.at("2026-11-27T10:00:00Z");

    private final StubVendor stub = StubVendor.start();

    @AfterEach
    void stop() {
        stub.close();
    }

    private RestConnector connector() {
        return RestConnector.create(TestContracts.definition("policy", """
                schemaVersion: "1"
                baseUrl: %s
                auth: { type: Bearer, secretRef: { name: s, key: k } }
                operations:
                  create:
                    method: POST
                    path: /orders
                    request: |
                      { "ref": order.orderId, "name": order.shipTo.name,
                        "address": order.shipTo.line1 & ", " & order.shipTo.city,
                        "email": order.customer.email, "phone": order.customer.phone,
                        "amount": order.payment.amount }
                    response: '{ "vendorReference": id, "refusal": error }'
                resilience: { retry: { maxAttempts: 1 } }
                dataPolicy:
                  allowedFields: [/orderId, /shipTo, /lines]
                  maskInLogs: [/shipTo/name, /shipTo/line1, /customer/email]
                """.formatted(stub.baseUrl()), "secret-token-123"), CLOCK);
    }

    @Test
    void fieldsOutsideAllowedFieldsNeverReachTheVendor() throws Exception {
        stub.on("POST", "/orders", Reply.json(201, "{\"id\":\"V-1\"}"));
        try (RestConnector connector = connector()) {
            connector.call(TestContracts.create("S-1", Set.of("vendorReference")));
        }

        String sent = stub.received().get(0).body();
        JsonNode body = TestContracts.JSON.readTree(sent);
        assertThat(body.path("ref").asText()).isEqualTo("SO-1001");
        assertThat(body.path("name").asText()).isEqualTo("Ada Lovelace");
        assertThat(body.has("email")).isFalse();
        assertThat(body.has("phone")).isFalse();
        assertThat(body.has("amount")).isFalse();
        assertThat(sent).doesNotContain("a@example.com", "+15555550100", "39.98");
    }

    @Test
    void aFailureShowsTheRequestAndAnswerMasked() {
        stub.on("POST", "/orders", Reply.json(422,
                "{\"error\":\"AddressInvalid\",\"detail\":\"no Ada Lovelace at 1 Main St\",\"echo\":\"secret-token-123\"}"));
        Failed failed;
        try (RestConnector connector = connector()) {
            failed = (Failed) connector.call(TestContracts.create("S-1", Set.of("vendorReference")));
        }

        assertThat(failed.httpStatus()).isEqualTo(422);
        assertThat(failed.refusal()).isEqualTo("AddressInvalid");
        assertThat(failed.maskedRequest()).contains("\"name\":\"****\"", "\"address\":\"****, Springfield\"",
                "SO-1001").doesNotContain("Ada", "Main St");
        assertThat(failed.vendorAnswer()).contains("AddressInvalid", "no **** at ****")
                .doesNotContain("Ada Lovelace", "1 Main St", "secret-token-123");
        assertThat(failed.message()).doesNotContain("Ada", "Main St");
    }

    @Test
    void aLongAnswerIsCutToTwoKibibytes() {
        stub.on("POST", "/orders", Reply.json(500, "x".repeat(10_000)));
        Failed failed;
        try (RestConnector connector = connector()) {
            failed = (Failed) connector.call(TestContracts.create("S-1", Set.of("vendorReference")));
        }

        assertThat(failed.vendorAnswer()).hasSizeLessThanOrEqualTo(2048);
    }
}
