package dev.waybill.adapter.app;

import dev.waybill.adapter.connector.CircuitState;
import dev.waybill.adapter.connector.ConnectorStats;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/**
 * {@code GET /v1/contract}: which contract this adapter runs, its vendor circuit and its call figures, read by the
 * operator's RemoteConnector for the contract's status. Never the spec's auth or the credential.
 */
@Path("/v1/contract")
public class ContractResource {

    /** What the adapter reports of itself. */
    public record ContractView(String name, String namespace, List<String> operations, CircuitState circuitState,
                               ConnectorStats stats) {
    }

    private final ContractAdapter adapter;

    ContractResource(ContractAdapter adapter) {
        this.adapter = adapter;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public ContractView contract() {
        return new ContractView(adapter.contract().name(), adapter.contract().namespace(), adapter.operations(),
                adapter.connector().circuitState(), adapter.connector().stats());
    }
}
