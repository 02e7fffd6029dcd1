package dev.waybill.operator.intake;

import dev.waybill.adapter.model.FieldError;
import dev.waybill.operator.dispatch.Cancellations;
import dev.waybill.operator.security.CurrentCaller;
import dev.waybill.operator.fulfillment.CancelCheck;

import dev.waybill.adapter.model.OrderDefaults;
import dev.waybill.operator.lifecycle.OperatorConfig;
import dev.waybill.operator.store.AuditEvent;
import dev.waybill.operator.store.OrderStore;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The order intake and read API: {@code /api/v1/orders}. */
@Path("/api/v1/orders")
public class OrdersResource {

    private final OrderIntake intake;
    private final OrderStore store;
    private final Cancellations cancellations;
    private final CurrentCaller caller;
    private final String defaultNamespace;

    OrdersResource(OrderIntake intake, OrderStore store, Cancellations cancellations, OperatorConfig config,
                   CurrentCaller caller) {
        this.caller = caller;
        this.intake = intake;
        this.store = store;
        this.cancellations = cancellations;
        this.defaultNamespace = config.defaultNamespace();
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces({MediaType.APPLICATION_JSON, ProblemDetails.MEDIA_TYPE})
    @Operation(summary = "Take a canonical order", description = "202 once stored durably; replay with the same "
            + "Idempotency-Key and body gives the same answer; another body under the key: 422; in flight: 409.")
    public Response create(byte[] body,
                           @HeaderParam("Content-Type") String contentType,
                           @Parameter(description = "default: channel + \":\" + orderId")
                           @HeaderParam("Idempotency-Key") String idempotencyKey,
                           @Parameter(description = "the namespace whose policies route the order")
                           @QueryParam("namespace") String namespace) {
        if (contentType == null || !contentType.toLowerCase().matches("application/([a-z.+-]*\\+)?json(;.*)?")) {
            return ProblemDetails.of(415, "unsupported-media-type", "Unsupported media type",
                    "send the order as application/json").toResponse();
        }
        IntakeOutcome outcome = intake.take(Optional.ofNullable(namespace).orElse(defaultNamespace),
                body == null ? new byte[0] : body, Optional.ofNullable(idempotencyKey), OrderDefaults.none(),
                caller::coversChannel);
        if (outcome instanceof IntakeOutcome.Refused refused) {
            return refused.problem().toResponse();
        }
        var taken = ((IntakeOutcome.Taken) outcome).order();
        return Response.accepted(Map.of("id", taken.id(), "state", taken.state()))
                .location(URI.create("/api/v1/orders/" + taken.id())).type(MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("/{id}")
    @Produces({MediaType.APPLICATION_JSON, ProblemDetails.MEDIA_TYPE})
    @Operation(summary = "An order: its state, lines and shipments")
    public Response get(@PathParam("id") String id) {
        return visible(id).map(o -> Response.ok(OrderView.of(o, store.shipments(o.id()))).build())
                .orElseGet(() -> notFound(id));
    }

    @GET
    @Path("/{id}/events")
    @Produces({MediaType.APPLICATION_JSON, ProblemDetails.MEDIA_TYPE})
    @Operation(summary = "The audit trail of an order, oldest first")
    public Response events(@PathParam("id") String id) {
        if (visible(id).isEmpty()) {
            return notFound(id);
        }
        List<AuditEvent> events = store.auditTrail(id);
        return Response.ok(events).build();
    }

    @POST
    @Path("/{id}/cancel")
    @Consumes(MediaType.WILDCARD)
    @Produces({MediaType.APPLICATION_JSON, ProblemDetails.MEDIA_TYPE})
    @Operation(summary = "Cancel an order, whole ({}) or in part ({\"lines\":[{\"lineId\",\"quantity\"}]})",
            description = "202 once the cancellation is recorded; compensations run per node capability. 409 when "
                    + "what is asked has shipped or the order has ended; 422 for unknown lines.")
    public Response cancel(@PathParam("id") String id, byte[] body) {
        CancelBody.Read read = CancelBody.read(body);
        if (!read.errors().isEmpty()) {
            return ProblemDetails.of(422, "invalid-cancellation", "Invalid cancellation",
                    "the cancellation has " + read.errors().size() + " problem(s)").withErrors(read.errors())
                    .toResponse();
        }
        Optional<List<CancelCheck.Refusal>> refusals = cancellations.cancel(id, read.request());
        if (refusals.isEmpty()) {
            return notFound(id);
        }
        if (!refusals.get().isEmpty()) {
            List<CancelCheck.Refusal> all = refusals.get();
            int status = all.stream().anyMatch(r -> r.status() == 422) ? 422 : 409;
            return ProblemDetails.of(status, status == 422 ? "invalid-cancellation" : "cannot-cancel",
                    "Cannot cancel", all.get(0).message()).withErrors(all.stream()
                    .map(r -> new FieldError(r.field(), r.message(), status == 422 ? "InvalidValue" : "Conflict"))
                    .toList()).toResponse();
        }
        var order = store.find(id).orElseThrow();
        return Response.accepted(Map.of("id", order.id(), "state", order.state()))
                .location(URI.create("/api/v1/orders/" + order.id())).type(MediaType.APPLICATION_JSON).build();
    }

    /** The order, if it exists and the caller may see its channel (else it does not exist for the caller). */
    private Optional<dev.waybill.operator.store.OrderRecord> visible(String id) {
        return store.find(id).filter(o -> caller.coversChannel(o.channel()));
    }

    private static Response notFound(String id) {
        return ProblemDetails.of(404, "order-not-found", "Order not found", "no order " + id).toResponse();
    }
}
