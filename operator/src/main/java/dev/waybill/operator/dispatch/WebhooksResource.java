package dev.waybill.operator.dispatch;

import dev.waybill.adapter.connector.VendorTracing;
import dev.waybill.adapter.model.FieldError;
import dev.waybill.adapter.webhook.WebhookReader;
import dev.waybill.adapter.webhook.WebhookResult;
import dev.waybill.operator.intake.ProblemDetails;
import dev.waybill.operator.lifecycle.OperatorConfig;
import dev.waybill.operator.model.ResourceKey;
import dev.waybill.operator.trace.WorkScope;
import dev.waybill.operator.trace.WorkSpans;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Vendors' webhooks for embedded adapters: verified as the contract says (signature or credential, constant-time,
 * with a timestamp tolerance and a replay cache), mapped by {@code events.mapping}, taken once per event id.
 *
 * <p>Each webhook is a span ({@code waybill.webhook}) under the request's: in the order's own trace when the vendor
 * sent back the {@code traceparent} it was given, else in a trace of its own; either way it names the order the
 * event matched. An {@code X-Correlation-Id} the vendor echoes names the order in the logs until the event is
 * matched (only when it looks like one of our order ids: the header is not verified).
 */
@Path("/api/v1/webhooks")
public class WebhooksResource {

    /** Webhook bodies are small; anything larger is refused before it is read into a mapping. */
    static final int MAX_BODY = 256 * 1024;
    private static final Pattern ORDER_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final Connectors connectors;
    private final VendorEvents events;
    private final WorkSpans spans;
    private final String defaultNamespace;

    WebhooksResource(Connectors connectors, VendorEvents events, OperatorConfig config, WorkSpans spans) {
        this.connectors = connectors;
        this.events = events;
        this.spans = spans;
        this.defaultNamespace = config.defaultNamespace();
    }

    @POST
    @Path("/{contract}")
    @Consumes(MediaType.WILDCARD)
    @Produces({MediaType.APPLICATION_JSON, ProblemDetails.MEDIA_TYPE})
    @Operation(summary = "A vendor's webhook for an embedded adapter",
            description = "200 once taken (or when the event id was taken before); 401 unverified; 400 malformed; "
                    + "404 when no shipment matches yet (vendors retry).")
    public Response receive(@PathParam("contract") String contract, byte[] body, @Context HttpHeaders headers) {
        return take(new ResourceKey(defaultNamespace, contract), body, headers);
    }

    @POST
    @Path("/{namespace}/{contract}")
    @Consumes(MediaType.WILDCARD)
    @Produces({MediaType.APPLICATION_JSON, ProblemDetails.MEDIA_TYPE})
    @Operation(summary = "A vendor's webhook, naming the contract's namespace")
    public Response receiveIn(@PathParam("namespace") String namespace, @PathParam("contract") String contract,
                              byte[] body, @Context HttpHeaders headers) {
        return take(new ResourceKey(namespace, contract), body, headers);
    }

    private Response take(ResourceKey contract, byte[] body, HttpHeaders headers) {
        String correlation = headers.getHeaderString("X-Correlation-Id");
        boolean ours = correlation != null && ORDER_ID.matcher(correlation).matches();
        try (WorkScope span = spans.begin("waybill.webhook", ours ? correlation : null)
                .with(VendorTracing.CONTRACT, contract.name())
                .with(WorkSpans.CORRELATION_ID, ours ? correlation : null)) {
            return answer(contract, body == null ? new byte[0] : body, headers, span);
        }
    }

    private Response answer(ResourceKey contract, byte[] raw, HttpHeaders headers, WorkScope span) {
        Optional<ProblemDetails> tooLarge = ProblemDetails.ifTooLarge(raw, MAX_BODY);
        if (tooLarge.isPresent()) {
            span.outcome("TooLarge");
            return tooLarge.get().toResponse();
        }
        Optional<WebhookReader> reader = connectors.webhooks(contract);
        if (reader.isEmpty()) {
            span.outcome("UnknownContract");
            return ProblemDetails.of(404, "contract-not-found", "Contract not found",
                    "no Ready AdapterContract " + contract).toResponse();
        }
        WebhookResult result = reader.get().read(headers.getRequestHeaders(), raw);
        if (result instanceof WebhookResult.Unauthenticated refused) {
            span.outcome("Unauthenticated");
            return ProblemDetails.of(401, "webhook-unauthenticated", "Webhook not verified", refused.message())
                    .toResponse();
        }
        if (result instanceof WebhookResult.Malformed malformed) {
            span.outcome("Malformed");
            return ProblemDetails.of(400, "invalid-webhook", "Invalid webhook", malformed.message())
                    .withErrors(List.of(new FieldError(malformed.field(), malformed.message(), "InvalidValue")))
                    .toResponse();
        }
        var event = ((WebhookResult.Accepted) result).event();
        VendorEvents.Result taken = events.take(contract, event);
        span.with(WorkSpans.EVENT_ID, event.eventId()).outcome(taken.name());
        return switch (taken) {
            case Applied -> Response.ok(Map.of("eventId", event.eventId(), "taken", true)).build();
            case Duplicate -> Response.ok(Map.of("eventId", event.eventId(), "taken", false, "duplicate", true))
                    .build();
            case UnknownShipment -> ProblemDetails.of(404, "shipment-not-found", "Shipment not found",
                    "no shipment of " + contract.name() + " matches this event yet").toResponse();
        };
    }
}
