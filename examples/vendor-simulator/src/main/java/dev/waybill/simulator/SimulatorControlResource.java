package dev.waybill.simulator;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** The simulator's own controls: the ledger of what vendors hold, fault injection, stock levels. */
@Path("/_sim")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SimulatorControlResource {

    private final List<Map<String, Object>> ledger = new CopyOnWriteArrayList<>();
    private final Map<String, Faults> faults = new ConcurrentHashMap<>();

    /** Every fulfillment each vendor holds; createCount above 1 is a duplicate. */
    @GET
    @Path("/ledger")
    public List<Map<String, Object>> ledger() {
        return ledger;
    }

    /** Applies a vendor's faults at once. */
    @POST
    @Path("/faults")
    public Response faults(Faults request) {
        if (request == null) {
            return Response.status(400).entity(Map.of("errors", List.of("body: required"))).build();
        }
        List<String> problems = request.problems();
        if (!problems.isEmpty()) {
            return Response.status(400).entity(Map.of("errors", problems)).build();
        }
        faults.put(request.vendor(), request);
        return Response.ok(request).build();
    }

    /** The faults in force, by vendor. */
    @GET
    @Path("/faults")
    public Map<String, Faults> currentFaults() {
        return faults;
    }
}
