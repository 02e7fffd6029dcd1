package dev.waybill.adapter.vendors;

import dev.waybill.adapter.connector.FailureClass;
import dev.waybill.adapter.connector.VendorCall;
import dev.waybill.adapter.connector.VendorOutcome;
import dev.waybill.adapter.connector.VendorOutcome.Failed;
import dev.waybill.adapter.connector.VendorOutcome.Succeeded;
import dev.waybill.adapter.rest.RestConnector;
import dev.waybill.adapter.testing.ExampleContracts;
import dev.waybill.api.v1alpha1.contract.AdapterContractSpec;
import dev.waybill.api.v1alpha1.contract.Resilience;
import dev.waybill.api.v1alpha1.contract.Retry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The simulator takes a create but holds its answer past our timeout (timeoutAfterAcceptRate 1): whatever the
 * connector does next, the vendor ends up with exactly one fulfillment.
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
    void acmeIsSettledByLookupOnceTheVendorAnswersAgain() throws Exception {
        String shipment = ExampleContractsIT.newShipment();
        holdAnswersOf("acme-3pl");
        try (RestConnector acme = vendors.connector("acme-3pl", impatient())) {
            Failed lost = (Failed) create(acme, shipment, false);
            assertThat(lost.mayHaveReachedVendor()).isTrue();
            assertThat(lost.attempts()).extracting(a -> a.operation() + ":" + a.errorClass())
                    .containsExactly("create:Timeout", "lookup:Timeout");

            vendors.simulator().post("/_sim/faults", "{\"vendor\":\"acme-3pl\"}");
            Succeeded settled = (Succeeded) create(acme, shipment, lost.mayHaveReachedVendor());
            assertThat(settled.resolvedByLookup()).isTrue();
        }
        assertThat(vendors.ledger("acme-3pl", shipment).path("createCount").asInt()).isEqualTo(1);
    }

    @Test
    void paymentsResendsAVoidUnderItsIdempotencyKey() throws Exception {
        holdAnswersOf("payments");
        try (RestConnector payments = vendors.connector("payments", impatient())) {
            Failed lost = (Failed) payments.call(new VendorCall("void", "void-SO-1001",
                    Map.of("order", ExampleContracts.order("SO-1001")), Set.of(), false, "corr-void"));
            assertThat(lost.failureClass()).isEqualTo(FailureClass.Transient);
            assertThat(lost.mayHaveReachedVendor()).isTrue();
            assertThat(lost.attempts()).hasSize(2).allSatisfy(a -> assertThat(a.errorClass()).isEqualTo("Timeout"));
        }
        assertThat(vendors.ledger("payments", "auth-1001").path("createCount").asInt()).isEqualTo(1);
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
