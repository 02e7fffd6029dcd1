package dev.waybill.adapter.app;

import dev.waybill.adapter.connector.CircuitState;
import dev.waybill.adapter.connector.ContractDefinition;
import dev.waybill.adapter.connector.VendorCall;
import dev.waybill.adapter.connector.VendorOutcome.Failed;
import dev.waybill.adapter.connector.VendorOutcome.Succeeded;
import dev.waybill.adapter.remote.RemoteConnector;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The operator's side of the wire against the real app: what RemoteConnector sends, the app reads, and back. */
@QuarkusTest
@QuarkusTestResource(StubVendorResource.class)
class RemoteConnectorAgainstAppTest {

    @TestHTTPResource("/")
    URI app;

    @ConfigProperty(name = "waybill.contract-file")
    String contractFile;

    @Test
    void callsCircuitAndFiguresTravelThroughTheApp() throws Exception {
        LoadedContract contract = ContractFile.read(Path.of(contractFile));
        ContractDefinition definition = ContractDefinition.compile(contract.name(), contract.namespace(),
                contract.spec(), Optional.empty(), Optional.empty());
        Map<String, Object> shipment = Map.of("id", "S-remote",
                "lines", List.of(Map.of("lineId", "1", "sku", "ABC-123", "quantity", 2)));
        Map<String, Object> input = Map.of("order", Map.of("orderId", "SO-1", "shipTo", Map.of("city", "Springfield")),
                "shipment", shipment);

        try (RemoteConnector remote = RemoteConnector.create(definition, app, Clock.systemUTC())) {
            Succeeded created = (Succeeded) remote.call(
                    new VendorCall("create", "S-remote:create", input, Set.of("vendorReference"), false, "SO-1"));
            Failed refused = (Failed) remote.call(new VendorCall("create", "refuse-2:create",
                    Map.of("shipment", Map.of("id", "refuse-2")), Set.of(), false, "SO-2"));

            assertThat(created.response()).containsEntry("status", "Accepted").containsKey("vendorReference");
            assertThat(refused.refusal()).isEqualTo("OutOfStock");
            assertThat(remote.circuitState()).isEqualTo(CircuitState.Closed);
            assertThat(remote.stats().requests()).isGreaterThanOrEqualTo(2);
        }
    }
}
