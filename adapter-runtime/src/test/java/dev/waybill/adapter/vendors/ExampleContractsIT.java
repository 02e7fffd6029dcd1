package dev.waybill.adapter.vendors;

import com.fasterxml.jackson.databind.JsonNode;
import dev.waybill.adapter.connector.ContractDefinition;
import dev.waybill.adapter.connector.Credential;
import dev.waybill.adapter.connector.FailureClass;
import dev.waybill.adapter.connector.FailureReasons;
import dev.waybill.adapter.connector.VendorCall;
import dev.waybill.adapter.connector.VendorOutcome;
import dev.waybill.adapter.connector.VendorOutcome.Failed;
import dev.waybill.adapter.connector.VendorOutcome.Succeeded;
import dev.waybill.adapter.rest.RestConnector;
import dev.waybill.adapter.testing.ExampleContracts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The four example contracts, as written in examples/, against the real vendor simulator: the requests they make
 * are the ones each vendor takes, with its credentials; the answers map to Waybill's states.
 */
class ExampleContractsIT {

    private static final AtomicInteger SHIPMENTS = new AtomicInteger();
    private static final Set<String> REFERENCE = Set.of("vendorReference");

    private final SimulatedVendors vendors = SimulatedVendors.shared();

    @BeforeEach
    void reset() {
        vendors.reset();
    }

    static String newShipment() {
        return "SO-1001-" + SHIPMENTS.incrementAndGet();
    }

    static Map<String, Object> input(String shipment) {
        return ExampleContracts.createInput(ExampleContracts.order("SO-1001"), shipment, "store-1");
    }

    static VendorCall call(String operation, String key, Map<String, Object> input, Set<String> expect) {
        return new VendorCall(operation, key, input, expect, false, "corr-" + key);
    }

    static Succeeded succeeded(VendorOutcome outcome) {
        assertThat(outcome).isInstanceOf(Succeeded.class);
        return (Succeeded) outcome;
    }

    @Test
    void everyContractCreatesWithItsCredentialsAndMapsTheAnswer() {
        Map<String, String> expectedState = Map.of("acme-3pl", "Submitted", "corner-stores", "Submitted",
                "dropship-direct", "Submitted");
        for (String name : expectedState.keySet()) {
            String shipment = newShipment();
            try (RestConnector connector = vendors.connector(name)) {
                Succeeded ok = succeeded(connector.call(call("create", "k-" + shipment, input(shipment), REFERENCE)));
                assertThat(ok.response().get("vendorReference")).as(name).isNotNull();
                assertThat(ok.response().get("status")).as(name).isEqualTo(expectedState.get(name));
            }
        }
        try (RestConnector payments = vendors.connector("payments")) {
            Succeeded ok = succeeded(payments.call(call("create", "cap-1", input(newShipment()), REFERENCE)));
            assertThat(ok.response()).containsEntry("vendorStatus", "CAPTURED").containsEntry("status", null);
        }
    }

    @Test
    void aWrongCredentialIsRefusedAt401() {
        for (String name : new String[] {"acme-3pl", "corner-stores", "dropship-direct", "payments"}) {
            String shipment = newShipment();
            ContractDefinition right = vendors.contract(name, spec -> { });
            ContractDefinition wrong = new ContractDefinition(name, right.namespace(), right.spec(), right.mappings(),
                    Optional.of(new Credential("wrong:" + name)), right.webhookSecret());
            try (RestConnector connector = RestConnector.create(wrong, Clock.systemUTC())) {
                Failed failed = (Failed) connector.call(call("create", "k-" + shipment, input(shipment), REFERENCE));
                assertThat(failed.failureClass()).as(name).isEqualTo(FailureClass.Business);
                assertThat(failed.reason()).as(name).isEqualTo(FailureReasons.NON_RETRYABLE_VENDOR_ERROR);
                assertThat(failed.httpStatus()).as(name).isEqualTo(401);
                assertThat(failed.attempts()).as(name).hasSize(1);
            }
        }
    }

    @Test
    void acmeDeduplicatesTheSameKey() throws Exception {
        String shipment = newShipment();
        try (RestConnector acme = vendors.connector("acme-3pl")) {
            Succeeded first = succeeded(acme.call(call("create", "k-" + shipment, input(shipment), REFERENCE)));
            Succeeded again = succeeded(acme.call(call("create", "k-" + shipment, input(shipment), REFERENCE)));

            assertThat(again.response().get("vendorReference")).isEqualTo(first.response().get("vendorReference"));
        }
        assertThat(vendors.ledger("acme-3pl", shipment).path("createCount").asInt()).isEqualTo(1);
    }

    @Test
    void lookupFindsWhatWasCreated() throws Exception {
        for (String name : new String[] {"acme-3pl", "corner-stores"}) {
            String shipment = newShipment();
            try (RestConnector connector = vendors.connector(name)) {
                Succeeded created = succeeded(connector.call(call("create", "k-" + shipment, input(shipment),
                        REFERENCE)));
                Succeeded found = succeeded(connector.call(call("lookup", null, input(shipment), REFERENCE)));
                assertThat(found.response().get("vendorReference")).as(name)
                        .isEqualTo(created.response().get("vendorReference"));
                assertThat(found.response().get("status")).as(name).isEqualTo("Submitted");

                Failed unknown = (Failed) connector.call(call("lookup", null, input("never-sent"), REFERENCE));
                assertThat(unknown.failureClass()).as(name).isEqualTo(FailureClass.Business);
            }
        }
    }

    @Test
    void aRedeliveryIsSettledByLookupWithoutADuplicate() throws Exception {
        for (String name : new String[] {"acme-3pl", "corner-stores"}) {
            String shipment = newShipment();
            try (RestConnector connector = vendors.connector(name)) {
                succeeded(connector.call(call("create", "k-" + shipment, input(shipment), REFERENCE)));
                Succeeded settled = succeeded(connector.call(new VendorCall("create", "k-" + shipment,
                        input(shipment), REFERENCE, true, "corr-2")));

                assertThat(settled.resolvedByLookup()).as(name).isTrue();
            }
            assertThat(vendors.ledger(name, shipment).path("createCount").asInt()).as(name).isEqualTo(1);
        }
    }

    @Test
    void acmeCancelsPartlyThenWholly() throws Exception {
        String shipment = newShipment();
        try (RestConnector acme = vendors.connector("acme-3pl")) {
            Object reference = succeeded(acme.call(call("create", "k-" + shipment, input(shipment), REFERENCE)))
                    .response().get("vendorReference");
            Map<String, Object> cancelOne = Map.of("shipment", Map.of("id", shipment, "vendorReference", reference),
                    "lines", List.of(Map.of("sku", "ABC-123", "quantity", 1)));
            Map<String, Object> cancelRest = Map.of("shipment", Map.of("id", shipment, "vendorReference", reference),
                    "lines", List.of());

            assertThat(succeeded(acme.call(call("cancel", "c1-" + shipment, cancelOne, Set.of()))).response())
                    .containsEntry("status", "Submitted");
            assertThat(succeeded(acme.call(call("cancel", "c2-" + shipment, cancelRest, Set.of()))).response())
                    .containsEntry("status", "Cancelled");
        }
        JsonNode line = vendors.ledger("acme-3pl", shipment).path("lines").get(0);
        assertThat(line.path("cancelled").asInt()).isEqualTo(2);
    }

    @Test
    void cornerStoresCancelsWholly() throws Exception {
        String shipment = newShipment();
        try (RestConnector stores = vendors.connector("corner-stores")) {
            Object reference = succeeded(stores.call(call("create", null, input(shipment), REFERENCE)))
                    .response().get("vendorReference");

            Succeeded cancelled = succeeded(stores.call(call("cancel", null,
                    Map.of("shipment", Map.of("id", shipment, "vendorReference", reference)), Set.of())));
            assertThat(cancelled.response()).containsEntry("state", "void");
        }
        assertThat(vendors.ledger("corner-stores", shipment).path("state").asText()).isEqualTo("void");
    }

    @Test
    void reservationsAreMadeAndReleased() {
        for (String name : new String[] {"acme-3pl", "corner-stores"}) {
            String shipment = newShipment();
            try (RestConnector connector = vendors.connector(name)) {
                Succeeded reserved = succeeded(connector.call(call("reserve", "r-" + shipment, input(shipment),
                        Set.of("reservationId"))));
                Object reservation = reserved.response().get("reservationId");

                Succeeded released = succeeded(connector.call(call("release", "rel-" + shipment,
                        Map.of("reservationId", reservation), Set.of())));
                assertThat(released.httpStatus()).as(name).isEqualTo(204);
                Failed twice = (Failed) connector.call(call("release", "rel2-" + shipment,
                        Map.of("reservationId", reservation), Set.of()));
                assertThat(twice.httpStatus()).as(name).isEqualTo(404);
            }
        }
    }

    @Test
    void paymentsVoidsOnceWhateverTheRedeliveries() throws Exception {
        try (RestConnector payments = vendors.connector("payments")) {
            Map<String, Object> order = Map.of("order", ExampleContracts.order("SO-1001"));
            Succeeded voided = succeeded(payments.call(call("void", "void-SO-1001", order, Set.of())));
            succeeded(payments.call(call("void", "void-SO-1001", order, Set.of())));

            assertThat(voided.response()).containsEntry("vendorStatus", "VOIDED");
        }
        JsonNode entry = vendors.ledger("payments", "auth-1001");
        assertThat(entry.path("state").asText()).isEqualTo("VOIDED");
        assertThat(entry.path("createCount").asInt()).isEqualTo(1);
    }

    @Test
    void shortStockIsRefusedAsOutOfStock() {
        vendors.simulator().inventory("{\"vendor\":\"acme-3pl\",\"items\":[{\"sku\":\"ABC-123\",\"available\":0}]}");
        vendors.simulator().inventory("{\"vendor\":\"corner-stores\",\"items\":[{\"sku\":\"ABC-123\",\"available\":1}]}");
        for (String name : new String[] {"acme-3pl", "corner-stores"}) {
            String shipment = newShipment();
            try (RestConnector connector = vendors.connector(name)) {
                Failed failed = (Failed) connector.call(call("create", "k-" + shipment, input(shipment), REFERENCE));
                assertThat(failed.refusal()).as(name).isEqualTo("OutOfStock");
                assertThat(failed.vendorAnswer()).as(name).doesNotContain("Ada Lovelace");
            }
        }
    }
}
