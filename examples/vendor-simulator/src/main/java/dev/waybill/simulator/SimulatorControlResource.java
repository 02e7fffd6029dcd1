package dev.waybill.simulator;

import dev.waybill.simulator.gate.FaultBook;
import dev.waybill.simulator.gate.InvalidRequest;
import dev.waybill.simulator.gate.JsonBodies;
import dev.waybill.simulator.gate.ReceivedBodies;
import dev.waybill.simulator.ledger.Ledger;
import dev.waybill.simulator.ledger.LedgerView;
import dev.waybill.simulator.requests.RecordedRequest;
import dev.waybill.simulator.requests.RequestLog;
import dev.waybill.simulator.webhook.WebhookSender;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Map;

/**
 * The simulator's own controls: the ledger of what vendors hold, the bodies and calls they received, fault
 * injection, timing, reset.
 */
@Path("/_sim")
@Produces(MediaType.APPLICATION_JSON)
public class SimulatorControlResource {

    private final Ledger ledger;
    private final FaultBook faults;
    private final Timing timing;
    private final JsonBodies json;
    private final WebhookSender webhooks;
    private final SimulatorReset reset;
    private final ReceivedBodies received;
    private final RequestLog requests;

    public SimulatorControlResource(Ledger ledger, FaultBook faults, Timing timing, JsonBodies json,
                                    WebhookSender webhooks, SimulatorReset reset, ReceivedBodies received,
                                    RequestLog requests) {
        this.ledger = ledger;
        this.faults = faults;
        this.timing = timing;
        this.json = json;
        this.webhooks = webhooks;
        this.reset = reset;
        this.received = received;
        this.requests = requests;
    }

    /** Every fulfillment each vendor holds; createCount above 1 is a duplicate. */
    @GET
    @Path("/ledger")
    public List<LedgerView> ledger() {
        return ledger.view();
    }

    /** The bodies of the latest calls that handed a vendor new work, oldest first. */
    @GET
    @Path("/received")
    public List<ReceivedBodies.Received> received() {
        return received.all();
    }

    /**
     * The vendor API calls received since the last reset (the latest few thousand), oldest first, with their
     * X-Correlation-Id and W3C trace context; {@code ?correlationId=} keeps those of one correlation id.
     */
    @GET
    @Path("/requests")
    public List<RecordedRequest> requests(@QueryParam("correlationId") String correlationId) {
        return requests.view(correlationId);
    }

    /** Replaces a vendor's faults at once; omitted fields are no fault. */
    @POST
    @Path("/faults")
    public Response faults(String body) {
        Faults request;
        try {
            request = json.read(body, Faults.class);
        } catch (InvalidRequest e) {
            return invalid(List.of(e.getMessage()));
        }
        List<String> problems = request.problems();
        if (!problems.isEmpty()) {
            return invalid(problems);
        }
        Faults applied = faults.apply(request);
        webhooks.releaseHeld();
        return Response.ok(applied).build();
    }

    /** The faults in force, by vendor. */
    @GET
    @Path("/faults")
    public Map<String, Faults> currentFaults() {
        return faults.all();
    }

    /** Every vendor back to good behaviour; webhooks held while a vendor was down go out. */
    @DELETE
    @Path("/faults")
    public Response clearFaults() {
        faults.clear();
        webhooks.releaseHeld();
        return Response.noContent().build();
    }

    /** Sets progression timing; omitted fields keep their value. */
    @POST
    @Path("/timing")
    public Response timing(String body) {
        TimingSettings request;
        try {
            request = json.read(body, TimingSettings.class);
        } catch (InvalidRequest e) {
            return invalid(List.of(e.getMessage()));
        }
        List<String> problems = request.problems();
        return problems.isEmpty() ? Response.ok(timing.update(request)).build() : invalid(problems);
    }

    /** The timing in force. */
    @GET
    @Path("/timing")
    public TimingSettings timing() {
        return timing.current();
    }

    /** Forgets the ledger, stock, faults, idempotency keys and pending webhooks; timing back to defaults. */
    @POST
    @Path("/reset")
    public Response reset() {
        reset.run();
        return Response.noContent().build();
    }

    private static Response invalid(List<String> problems) {
        return Response.status(400).entity(Map.of("errors", problems)).build();
    }
}
