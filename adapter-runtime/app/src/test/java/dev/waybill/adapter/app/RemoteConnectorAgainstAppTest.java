package dev.waybill.adapter.app;

import dev.waybill.adapter.connector.CircuitState;
import dev.waybill.adapter.connector.ContractDefinition;
import dev.waybill.adapter.connector.VendorCall;
import dev.waybill.adapter.connector.VendorOutcome.Failed;
import dev.waybill.adapter.connector.VendorOutcome.Succeeded;
import dev.waybill.adapter.remote.RemoteConnector;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Scope;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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

    @ConfigProperty(name = "stub.url")
    String stub;

    @Test
    void callsCircuitAndFiguresTravelThroughTheApp() throws Exception {
        ContractDefinition definition = definition();
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

    @Test
    void theCallersTraceContextReachesTheVendorThroughTheApp() throws Exception {
        SpanContext dispatch = SpanContext.create("4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7",
                TraceFlags.getSampled(), TraceState.getDefault());
        Map<String, Object> input = Map.of("order", Map.of("orderId", "SO-3", "shipTo", Map.of("city", "Springfield")),
                "shipment", Map.of("id", "S-traced", "lines", List.of()));
        try (RemoteConnector remote = RemoteConnector.create(definition(), app, Clock.systemUTC());
             Scope ignored = Span.wrap(dispatch).makeCurrent()) {
            assertThat(remote.call(new VendorCall("create", "S-traced:create", input, Set.of("vendorReference"),
                    false, "SO-3"))).isInstanceOf(Succeeded.class);
        }
        String seen = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(stub
                + "/_stub/last-traceparent")).build(), HttpResponse.BodyHandlers.ofString()).body();
        assertThat(seen).isEqualTo("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
    }

    private ContractDefinition definition() throws Exception {
        LoadedContract contract = ContractFile.read(Path.of(contractFile));
        return ContractDefinition.compile(contract.name(), contract.namespace(), contract.spec(), Optional.empty(),
                Optional.empty());
    }
}
