package dev.waybill.adapter.app;

import dev.waybill.adapter.connector.VendorCall;
import dev.waybill.adapter.connector.VendorOutcome;
import dev.waybill.adapter.connector.VendorTracing;
import dev.waybill.adapter.remote.CallCodec;
import dev.waybill.adapter.remote.InvalidCallException;
import io.opentelemetry.context.Scope;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;

/**
 * {@code POST /v1/calls}: runs one {@link VendorCall} against the vendor and answers its {@link VendorOutcome}
 * (200, whatever the vendor did), in the wire form of {@link CallCodec}. A body that is not a call is 400
 * problem+json naming each wrong field; nothing is then sent to the vendor. The W3C trace context the operator sent
 * ({@code traceparent}) goes on to the vendor with the call's requests, so the vendor's side joins the order's trace.
 */
@Path("/v1/calls")
public class CallResource {

    private static final Logger LOG = Logger.getLogger(CallResource.class);

    private final ContractAdapter adapter;
    private final CallMetrics metrics;

    CallResource(ContractAdapter adapter, CallMetrics metrics) {
        this.adapter = adapter;
        this.metrics = metrics;
    }

    /** Blocking: a call may wait out every retry the contract allows. */
    @POST
    @Blocking
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, Problems.MEDIA_TYPE})
    public Response call(byte[] body, @Context HttpHeaders headers) {
        VendorCall call;
        try {
            call = CallCodec.decodeCall(body);
        } catch (InvalidCallException e) {
            return Problems.badRequest("the body is not a call: " + e.getMessage(), e.errors());
        }
        VendorOutcome outcome;
        try (Scope ignored = VendorTracing.extract(headers::getHeaderString).makeCurrent()) {
            outcome = adapter.connector().call(call);
        }
        metrics.record(call, outcome);
        // Ids and reason codes only: the input holds the order, whose personal data never reaches a log.
        LOG.debugf("call operation=%s correlationId=%s outcome=%s", call.operation(), call.correlationId(),
                outcome instanceof VendorOutcome.Failed failed ? failed.reason() : "Succeeded");
        return Response.ok(CallCodec.encodeOutcome(outcome), MediaType.APPLICATION_JSON).build();
    }
}
