package dev.waybill.operator.intake;

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
    private final String defaultNamespace;

    OrdersResource(OrderIntake intake, OrderStore store, OperatorConfig config) {
        this.intake = intake;
        this.store = store;
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
                body == null ? new byte[0] : body, Optional.ofNullable(idempotencyKey), OrderDefaults.none());
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
        return store.find(id).map(o -> Response.ok(OrderView.of(o)).build()).orElseGet(() -> notFound(id));
    }

    @GET
    @Path("/{id}/events")
    @Produces({MediaType.APPLICATION_JSON, ProblemDetails.MEDIA_TYPE})
    @Operation(summary = "The audit trail of an order, oldest first")
    public Response events(@PathParam("id") String id) {
        if (store.find(id).isEmpty()) {
            return notFound(id);
        }
        List<AuditEvent> events = store.auditTrail(id);
        return Response.ok(events).build();
    }

    private static Response notFound(String id) {
        return ProblemDetails.of(404, "order-not-found", "Order not found", "no order " + id).toResponse();
    }
}
