package dev.waybill.operator.dispatch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waybill.adapter.model.FieldError;
import dev.waybill.operator.intake.ProblemDetails;
import dev.waybill.operator.store.ExceptionRecord;
import dev.waybill.operator.store.OrderRecord;
import dev.waybill.operator.store.OrderStore;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** The exception queue: what no machine could settle, and a person's decisions on it. */
@Path("/api/v1/exceptions")
@Produces({MediaType.APPLICATION_JSON, ProblemDetails.MEDIA_TYPE})
public class ExceptionsResource {

    private static final Set<String> STATES = Set.of("Open", "Retried", "Resolved", "Reassigned");
    private static final int MAX_LIMIT = 500;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final OrderStore store;
    private final ExceptionActions actions;

    ExceptionsResource(OrderStore store, ExceptionActions actions) {
        this.store = store;
        this.actions = actions;
    }

    @GET
    @Operation(summary = "Exception queue entries, oldest first",
            description = "state: Open (default), Retried, Resolved, Reassigned or all; limit 1-500 (default 100).")
    public Response list(@QueryParam("state") String state, @QueryParam("order") String order,
                         @QueryParam("limit") String limitParam) {
        String wanted = state == null ? "Open" : state;
        if (!"all".equals(wanted) && !STATES.contains(wanted)) {
            return invalid("state", "one of Open, Retried, Resolved, Reassigned, all");
        }
        Integer limit = limitParam == null ? null : parseLimit(limitParam);
        if (limitParam != null && (limit == null || limit < 1 || limit > MAX_LIMIT)) {
            return invalid("limit", "a whole number between 1 and " + MAX_LIMIT);
        }
        List<ExceptionRecord> found = store.exceptions("all".equals(wanted) ? Optional.empty() : Optional.of(wanted),
                Optional.ofNullable(order), limit == null ? 100 : limit);
        return Response.ok(found.stream().map(this::view).toList()).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One exception with its full context")
    public Response get(@PathParam("id") String id) {
        return store.exception(id).map(e -> Response.ok(view(e)).build()).orElseGet(() -> notFound(id));
    }

    @POST
    @Path("/{id}/retry")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Repeat the failed step (dispatch, route or void)",
            description = "Body {\"confirmedNotSent\": true} when the vendor confirmed an earlier attempt did not "
                    + "arrive; otherwise a call that may have reached the vendor is settled (lookup, idempotency key) "
                    + "before it is sent again.")
    public Response retry(@PathParam("id") String id, byte[] body) {
        JsonNode input = parse(body);
        if (input == null) {
            return invalid("body", "a JSON object");
        }
        boolean confirmed = input.path("confirmedNotSent").asBoolean(false);
        return act(id, e -> actions.retry(e, confirmed));
    }

    @POST
    @Path("/{id}/resolve")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Settled outside Waybill",
            description = "Body {\"note\", \"vendorReference\"} (both optional): with vendorReference a shipment not "
                    + "yet at the vendor counts as submitted there; without, it is dropped (cancelled).")
    public Response resolve(@PathParam("id") String id, byte[] body) {
        JsonNode input = parse(body);
        if (input == null) {
            return invalid("body", "a JSON object");
        }
        JsonNode reference = input.path("vendorReference");
        if (!reference.isMissingNode() && !reference.isNull() && (!reference.isTextual() || reference.asText().isBlank())) {
            return invalid("vendorReference", "a non-empty string");
        }
        String note = input.path("note").isTextual() ? input.path("note").asText() : "";
        if (note.length() > 2000) {
            return invalid("note", "at most 2000 characters");
        }
        Optional<String> vendorReference = reference.isTextual() ? Optional.of(reference.asText()) : Optional.empty();
        return act(id, e -> actions.resolve(e, vendorReference, note));
    }

    @POST
    @Path("/{id}/reassign")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Send the shipment's open lines to another node", description = "Body {\"node\"}.")
    public Response reassign(@PathParam("id") String id, byte[] body) {
        JsonNode input = parse(body);
        if (input == null || !input.path("node").isTextual() || input.path("node").asText().isBlank()) {
            return invalid("node", "required: the name of a FulfillmentNode");
        }
        return act(id, e -> actions.reassign(e, input.path("node").asText()));
    }

    private Response act(String id, Function<ExceptionRecord, Optional<ExceptionActions.Refusal>> action) {
        Optional<ExceptionRecord> exception = store.exception(id);
        if (exception.isEmpty()) {
            return notFound(id);
        }
        Optional<ExceptionActions.Refusal> refusal = action.apply(exception.get());
        if (refusal.isPresent()) {
            ExceptionActions.Refusal r = refusal.get();
            return ProblemDetails.of(r.status(), r.status() == 409 ? "exception-conflict" : "invalid-decision",
                    "Decision refused", r.message()).withErrors(List.of(new FieldError(r.field(), r.message(),
                    r.status() == 409 ? "Conflict" : "InvalidValue"))).toResponse();
        }
        return Response.ok(view(store.exception(id).orElseThrow())).build();
    }

    private Map<String, Object> view(ExceptionRecord e) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", e.id());
        view.put("order", e.orderRef());
        view.put("orderId", store.find(e.orderRef()).map(OrderRecord::orderId).orElse(null));
        view.put("shipment", e.shipmentId());
        view.put("reason", e.reason());
        view.put("state", e.state());
        view.put("detail", tree(e.detail()));
        view.put("attempts", e.attempts());
        view.put("createdAt", e.createdAt().toString());
        view.put("updatedAt", e.updatedAt().toString());
        view.put("resolution", e.resolution() == null ? null : tree(e.resolution()));
        return view;
    }

    private static Integer parseLimit(String text) {
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            return JSON.getNodeFactory().textNode(json);
        }
    }

    private static JsonNode parse(byte[] body) {
        if (body == null || body.length == 0) {
            return JSON.createObjectNode();
        }
        try {
            JsonNode node = JSON.readTree(body);
            return node != null && node.isObject() ? node : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static Response invalid(String field, String message) {
        return ProblemDetails.of(422, "invalid-request", "Invalid request", field + ": " + message)
                .withErrors(List.of(new FieldError(field, message, "InvalidValue"))).toResponse();
    }

    private static Response notFound(String id) {
        return ProblemDetails.of(404, "exception-not-found", "Exception not found", "no exception " + id)
                .toResponse();
    }
}
