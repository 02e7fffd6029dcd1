package dev.waybill.adapter.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.waybill.adapter.connector.VendorOutcome;
import dev.waybill.adapter.connector.VendorOutcome.Succeeded;
import dev.waybill.adapter.testing.MutableClock;
import dev.waybill.adapter.testing.StubVendor;
import dev.waybill.adapter.testing.StubVendor.Reply;
import dev.waybill.adapter.testing.TestContracts;
import dev.waybill.testkit.ConcurrentCalls;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.UncheckedIOException;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** One connector serves many threads at once, each call seeing only its own request and answer. */
class RestConnectorConcurrencyTest {

    private final StubVendor stub = StubVendor.start();

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    void concurrentCallsDoNotSeeEachOther() throws Exception {
        stub.answer("POST", "/orders", request -> Reply.json(201, "{\"id\":\"V-" + reference(request.body())
                + "\",\"status\":\"open\"}"));
        try (RestConnector connector = RestConnector.create(TestContracts.definition("busy", """
                schemaVersion: "1"
                baseUrl: %s
                operations:
                  create:
                    method: POST
                    path: /orders
                    request: '{ "ref": shipment.id, "name": order.shipTo.name }'
                    response: '{ "vendorReference": id, "status": status }'
                statusMapping: { open: Submitted }
                """.formatted(stub.baseUrl()), null), MutableClock.at("2026-11-27T10:00:00Z"))) {

            int wrong = ConcurrentCalls.countWrong(8, 25, (thread, iteration) -> {
                String shipment = "S-" + thread + "-" + iteration;
                VendorOutcome outcome = connector.call(TestContracts.create(shipment, Set.of("vendorReference")));
                return outcome instanceof Succeeded ok && ok.response().get("vendorReference").equals("V-" + shipment)
                        && "Submitted".equals(ok.response().get("status"));
            });

            assertThat(wrong).isZero();
            assertThat(connector.stats().requests()).isEqualTo(200);
        }
    }

    private static String reference(String body) {
        try {
            return TestContracts.JSON.readTree(body).path("ref").asText();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
