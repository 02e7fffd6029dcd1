package dev.waybill.adapter.vendors;

import com.fasterxml.jackson.databind.JsonNode;
import dev.waybill.adapter.connector.FailureClass;
import dev.waybill.adapter.connector.VendorCall;
import dev.waybill.adapter.connector.VendorOutcome;
import dev.waybill.adapter.connector.VendorOutcome.Failed;
import dev.waybill.adapter.connector.VendorOutcome.Succeeded;
import dev.waybill.adapter.rest.RestConnector;
import dev.waybill.api.v1alpha1.contract.AdapterContractSpec;
import dev.waybill.api.v1alpha1.contract.Resilience;
import dev.waybill.api.v1alpha1.contract.Retry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The simulator takes a create but holds its answer past our timeout (timeoutAfterAcceptRate 1; other calls are
 * answered at once): whatever the connector does next, the vendor ends up with exactly one fulfillment.
 */
class LostAcknowledgementIT {

    private final SimulatedVendors vendors = SimulatedVendors.shared();

    @BeforeEach
    void reset() {
        vendors.reset();
        vendors.simulator().timing("{\"timeoutHoldMillis\":1500}");
    }

    private void holdAnswersOf(String vendor) {
        vendors.simulator().faults("{\"vendor\":\"" + vendor + "\",\"timeoutAfterAcceptRate\":1}");
    }

    /** A short timeout and two attempts, so the held answers cost little time. */
    private static Consumer<AdapterContractSpec> impatient() {
        return spec -> {
            spec.resilience = spec.resilience == null ? new Resilience() : spec.resilience;
            spec.resilience.timeout = "400ms";
            spec.resilience.retry = new Retry();
            spec.resilience.retry.maxAttempts = 2;
            spec.resilience.retry.initialBackoff = "10ms";
            spec.resilience.retry.maxBackoff = "10ms";
        };
    }

    private static VendorOutcome create(RestConnector connector, String shipment, boolean mayHaveBeenSent) {
        return connector.call(new VendorCall("create", "k-" + shipment, ExampleContractsIT.input(shipment),
                Set.of("vendorReference"), mayHaveBeenSent, "corr-" + shipment));
    }

    @Test
    void lookupSettlesItWithoutASecondCreate() throws Exception {
        for (String name : new String[] {"acme-3pl", "corner-stores"}) {
            String shipment = ExampleContractsIT.newShipment();
            holdAnswersOf(name);
            try (RestConnector connector = vendors.connector(name, impatient())) {
                Succeeded settled = (Succeeded) create(connector, shipment, false);
                assertThat(settled.resolvedByLookup()).as(name).isTrue();
                assertThat(settled.response().get("status")).as(name).isEqualTo("Submitted");
                assertThat(settled.attempts()).as(name).extracting(a -> a.operation() + ":" + a.errorClass())
                        .containsExactly("create:Timeout", "lookup:null");
            }
            assertThat(vendors.ledger(name, shipment).path("createCount").asInt()).as(name).isEqualTo(1);
        }
    }

    @Test
    void withOnlyItsIdempotencyKeyAcmeIsResentAndDeduplicates() throws Exception {
        String shipment = ExampleContractsIT.newShipment();
        holdAnswersOf("acme-3pl");
        try (RestConnector acme = vendors.connector("acme-3pl", impatient().andThen(spec ->
                spec.operations.lookup = null))) {
            Failed lost = (Failed) create(acme, shipment, false);
            assertThat(lost.failureClass()).isEqualTo(FailureClass.Transient);
            assertThat(lost.mayHaveReachedVendor()).isTrue();
            assertThat(lost.attempts()).hasSize(2).allSatisfy(a -> assertThat(a.errorClass()).isEqualTo("Timeout"));
        }
        JsonNode entry = vendors.ledger("acme-3pl", shipment);
        assertThat(entry.path("createCount").asInt()).isEqualTo(1);
        assertThat(entry.path("idempotencyKey").asText()).isEqualTo("k-" + shipment);
    }

    @Test
    void dropshipGoesToAPersonAfterExactlyOneUpload() throws Exception {
        String shipment = ExampleContractsIT.newShipment();
        holdAnswersOf("dropship-direct");
        try (RestConnector dropship = vendors.connector("dropship-direct", impatient())) {
            Failed unknown = (Failed) create(dropship, shipment, false);
            assertThat(unknown.failureClass()).isEqualTo(FailureClass.UnknownOutcome);

            Failed redelivered = (Failed) create(dropship, shipment, true);
            assertThat(redelivered.failureClass()).isEqualTo(FailureClass.UnknownOutcome);
            assertThat(redelivered.attempts()).isEmpty();
        }
        assertThat(vendors.ledger("dropship-direct", shipment).path("createCount").asInt()).isEqualTo(1);
    }
}
