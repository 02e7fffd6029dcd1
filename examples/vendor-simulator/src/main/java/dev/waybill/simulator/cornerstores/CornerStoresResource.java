package dev.waybill.simulator.cornerstores;

import dev.waybill.simulator.Vendor;
import dev.waybill.simulator.gate.VendorGate;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** The API of corner-stores, a store network with holds and no idempotency header (X-Api-Key). */
@Path("/corner-stores")
public class CornerStoresResource {

    private final VendorGate gate;
    private final CornerStoresDesk desk;

    public CornerStoresResource(VendorGate gate, CornerStoresDesk desk) {
        this.gate = gate;
        this.desk = desk;
    }

    @POST
    @Path("/orders")
    public Uni<Response> create(@Context HttpHeaders headers, String body) {
        return gate.accept(Vendor.CORNER_STORES, headers, body, () -> desk.create(body));
    }

    @GET
    @Path("/orders/by-ref/{externalRef}")
    public Uni<Response> byReference(@Context HttpHeaders headers, @PathParam("externalRef") String externalRef) {
        return gate.call(Vendor.CORNER_STORES, headers, () -> desk.byReference(externalRef));
    }

    @DELETE
    @Path("/orders/{orderNo}")
    public Uni<Response> voidOrder(@Context HttpHeaders headers, @PathParam("orderNo") String orderNo) {
        return gate.call(Vendor.CORNER_STORES, headers, () -> desk.voidOrder(orderNo));
    }

    @POST
    @Path("/holds")
    public Uni<Response> hold(@Context HttpHeaders headers, String body) {
        return gate.call(Vendor.CORNER_STORES, headers, () -> desk.hold(body));
    }

    @DELETE
    @Path("/holds/{holdId}")
    public Uni<Response> release(@Context HttpHeaders headers, @PathParam("holdId") String holdId) {
        return gate.call(Vendor.CORNER_STORES, headers, () -> desk.release(holdId));
    }
}
