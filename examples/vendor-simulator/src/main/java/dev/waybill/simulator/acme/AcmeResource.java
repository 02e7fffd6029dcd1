package dev.waybill.simulator.acme;

import dev.waybill.simulator.Vendor;
import dev.waybill.simulator.gate.VendorGate;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** The API of acme-3pl, a third-party logistics provider with native idempotency keys (Bearer token). */
@Path("/acme-3pl/v1")
public class AcmeResource {

    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final VendorGate gate;
    private final AcmeDesk desk;

    public AcmeResource(VendorGate gate, AcmeDesk desk) {
        this.gate = gate;
        this.desk = desk;
    }

    @POST
    @Path("/fulfillments")
    public Uni<Response> create(@Context HttpHeaders headers, String body) {
        return gate.accept(Vendor.ACME_3PL, headers, body,
                () -> desk.create(body, headers.getHeaderString(IDEMPOTENCY_KEY)));
    }

    @GET
    @Path("/fulfillments")
    public Uni<Response> find(@Context HttpHeaders headers, @QueryParam("clientReference") String clientReference) {
        return gate.call(Vendor.ACME_3PL, headers, () -> desk.find(clientReference));
    }

    @POST
    @Path("/fulfillments/{id}/cancel")
    public Uni<Response> cancel(@Context HttpHeaders headers, @PathParam("id") String id, String body) {
        return gate.call(Vendor.ACME_3PL, headers,
                () -> desk.cancel(id, body, headers.getHeaderString(IDEMPOTENCY_KEY)));
    }

    @POST
    @Path("/reservations")
    public Uni<Response> reserve(@Context HttpHeaders headers, String body) {
        return gate.call(Vendor.ACME_3PL, headers, () -> desk.reserve(body, headers.getHeaderString(IDEMPOTENCY_KEY)));
    }

    @DELETE
    @Path("/reservations/{id}")
    public Uni<Response> release(@Context HttpHeaders headers, @PathParam("id") String id) {
        return gate.call(Vendor.ACME_3PL, headers, () -> desk.release(id));
    }

    @GET
    @Path("/stock")
    public Uni<Response> stock(@Context HttpHeaders headers) {
        return gate.call(Vendor.ACME_3PL, headers, desk::stockLevels);
    }
}
