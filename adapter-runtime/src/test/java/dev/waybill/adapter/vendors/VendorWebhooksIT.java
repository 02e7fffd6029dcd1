package dev.waybill.adapter.vendors;

import dev.waybill.adapter.rest.RestConnector;
import dev.waybill.adapter.webhook.VendorEvent;
import dev.waybill.adapter.webhook.WebhookReader;
import dev.waybill.adapter.webhook.WebhookResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The simulator's webhooks (acme signed with its webhook secret, corner-stores with its API key, dropship with Basic)
 * are verified and mapped by the example contracts' WebhookReader; tampered ones are refused.
 */
class VendorWebhooksIT {

    private static final Duration WITHIN = Duration.ofSeconds(15);

    private final SimulatedVendors vendors = SimulatedVendors.shared();

    @BeforeEach
    void reset() {
        vendors.reset();
        vendors.simulator().timing("{\"auto\":true,\"acceptDelayMillis\":50,\"shipDelayMillis\":100}");
    }

    private VendorEvent acceptedEvent(String vendor, String shipment, String referenceField) throws Exception {
        try (RestConnector connector = vendors.connector(vendor)) {
            ExampleContractsIT.succeeded(connector.call(ExampleContractsIT.call("create", "k-" + shipment,
                    ExampleContractsIT.input(shipment), Set.of("vendorReference"))));
        }
        SimulatedVendors.Delivery delivery = vendors.awaitWebhook(vendor,
                body -> body.path(referenceField).asText().equals(shipment), WITHIN);
        WebhookResult result = vendors.webhooks(vendor).read(delivery.headers(), delivery.body());
        assertThat(result).as(vendor).isInstanceOf(WebhookResult.Accepted.class);
        return ((WebhookResult.Accepted) result).event();
    }

    @Test
    void acmeSignsItsWebhooks() throws Exception {
        String shipment = ExampleContractsIT.newShipment();
        VendorEvent event = acceptedEvent("acme-3pl", shipment, "clientReference");

        assertThat(event.shipmentId()).isEqualTo(shipment);
        assertThat(event.status()).isIn("Accepted", "PartiallyShipped", "Shipped");
        assertThat(event.vendorReference()).startsWith("ACME-");
    }

    @Test
    void aShipmentWebhookCarriesItsLines() throws Exception {
        String shipment = ExampleContractsIT.newShipment();
        try (RestConnector acme = vendors.connector("acme-3pl")) {
            ExampleContractsIT.succeeded(acme.call(ExampleContractsIT.call("create", "k-" + shipment,
                    ExampleContractsIT.input(shipment), Set.of("vendorReference"))));
        }
        SimulatedVendors.Delivery shipped = vendors.awaitWebhook("acme-3pl",
                body -> body.path("clientReference").asText().equals(shipment)
                        && body.path("status").asText().equals("SHIPPED"), WITHIN);

        WebhookResult result = vendors.webhooks("acme-3pl").read(shipped.headers(), shipped.body());
        assertThat(result).isInstanceOfSatisfying(WebhookResult.Accepted.class, accepted -> {
            assertThat(accepted.event().status()).isEqualTo("Shipped");
            assertThat(accepted.event().lines()).containsExactly(new VendorEvent.EventLine("ABC-123", 2));
        });
    }

    @Test
    void aTamperedOrReplayedWebhookIsRefused() throws Exception {
        String shipment = ExampleContractsIT.newShipment();
        try (RestConnector acme = vendors.connector("acme-3pl")) {
            ExampleContractsIT.succeeded(acme.call(ExampleContractsIT.call("create", "k-" + shipment,
                    ExampleContractsIT.input(shipment), Set.of("vendorReference"))));
        }
        SimulatedVendors.Delivery delivery = vendors.awaitWebhook("acme-3pl",
                body -> body.path("clientReference").asText().equals(shipment), WITHIN);
        WebhookReader reader = vendors.webhooks("acme-3pl");
        byte[] tampered = new String(delivery.body()).replace(shipment, "SO-9999-1").getBytes();

        assertThat(reader.read(delivery.headers(), tampered)).isInstanceOfSatisfying(
                WebhookResult.Unauthenticated.class, refused -> assertThat(refused.reason()).isEqualTo("BadSignature"));
        assertThat(reader.read(delivery.headers(), delivery.body())).isInstanceOf(WebhookResult.Accepted.class);
        assertThat(reader.read(delivery.headers(), delivery.body())).isInstanceOfSatisfying(
                WebhookResult.Unauthenticated.class, refused -> assertThat(refused.reason()).isEqualTo("Replayed"));
    }

    @Test
    void cornerStoresAndDropshipAuthenticateWithTheirCredentials() throws Exception {
        VendorEvent stores = acceptedEvent("corner-stores", ExampleContractsIT.newShipment(), "externalRef");
        VendorEvent dropship = acceptedEvent("dropship-direct", ExampleContractsIT.newShipment(), "poNumber");

        assertThat(stores.status()).isIn("Accepted", "PartiallyShipped", "Shipped");
        assertThat(dropship.status()).isIn("Accepted", "Shipped");

        assertThat(vendors.webhooks("corner-stores").read(Map.of("X-Api-Key", List.of("wrong")), "{}".getBytes()))
                .isInstanceOfSatisfying(WebhookResult.Unauthenticated.class,
                        refused -> assertThat(refused.reason()).isEqualTo("BadCredential"));
    }
}
