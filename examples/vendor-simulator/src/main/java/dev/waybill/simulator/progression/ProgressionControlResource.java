package dev.waybill.simulator.progression;

import dev.waybill.simulator.Vendor;
import dev.waybill.simulator.gate.InvalidRequest;
import dev.waybill.simulator.gate.JsonBodies;
import dev.waybill.simulator.ledger.Fulfillment;
import dev.waybill.simulator.ledger.FulfillmentConflict;
import dev.waybill.simulator.ledger.Ledger;
import dev.waybill.simulator.ledger.Transition;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Lets a test drive a vendor's fulfillments by hand (typically with {@code /_sim/timing} auto off): ship some or
 * all of what is open, or have the vendor refuse it. Each sends the vendor's webhook as automatic progression would.
 */
@Path("/_sim")
@Produces(MediaType.APPLICATION_JSON)
public class ProgressionControlResource {

    private final JsonBodies json;
    private final Ledger ledger;
    private final Lifecycle lifecycle;

    public ProgressionControlResource(JsonBodies json, Ledger ledger, Lifecycle lifecycle) {
        this.json = json;
        this.ledger = ledger;
        this.lifecycle = lifecycle;
    }

    /** Ships those quantities now (no items: everything left); accepts first if the vendor had not yet. */
    @POST
    @Path("/ship")
    public Response ship(String body) {
        return act(body, command -> fulfillment -> lifecycle.ship(fulfillment, command.wanted()));
    }

    /** The vendor refuses what is still open (acme REJECTED, corner-stores refused, dropship REJECTED). */
    @POST
    @Path("/reject")
    public Response reject(String body) {
        return act(body, command -> lifecycle::refuse);
    }

    private Response act(String body, Function<FulfillmentCommand, Function<Fulfillment, Transition>> step) {
        FulfillmentCommand command;
        try {
            command = json.read(body, FulfillmentCommand.class);
        } catch (InvalidRequest e) {
            return errors(400, e.getMessage());
        }
        List<String> problems = command.problems();
        if (!problems.isEmpty()) {
            return Response.status(400).entity(Map.of("errors", problems)).build();
        }
        Optional<Fulfillment> found = ledger.find(Vendor.byId(command.vendor()).orElseThrow(), command.vendorReference());
        if (found.isEmpty()) {
            return errors(404, "vendorReference: " + command.vendor() + " holds no " + command.vendorReference());
        }
        try {
            Transition done = step.apply(command).apply(found.get());
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("vendor", command.vendor());
            answer.put("vendorReference", command.vendorReference());
            answer.put("state", done.state());
            answer.put("items", done.items());
            answer.put("lines", found.get().lines());
            return Response.ok(answer).build();
        } catch (FulfillmentConflict e) {
            return errors(e.reason() == FulfillmentConflict.Reason.UNKNOWN_SKU ? 400 : 409, e.getMessage());
        }
    }

    private static Response errors(int status, String message) {
        return Response.status(status).entity(Map.of("errors", List.of(message))).build();
    }
}
