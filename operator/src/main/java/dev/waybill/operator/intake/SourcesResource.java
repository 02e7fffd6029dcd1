package dev.waybill.operator.intake;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.waybill.adapter.model.FieldError;
import dev.waybill.adapter.model.OrderDefaults;
import dev.waybill.adapter.model.OrderReader;
import dev.waybill.adapter.expression.ExpressionEvaluationException;
import dev.waybill.operator.lifecycle.OperatorConfig;
import dev.waybill.operator.model.CompiledSource;
import dev.waybill.operator.model.ModelRegistry;
import dev.waybill.operator.model.ResourceKey;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Intake from a sales channel in its own format: {@code POST /api/v1/sources/{source}/orders}. */
@Path("/api/v1/sources/{source}/orders")
public class SourcesResource {

    private static final ObjectMapper JSON = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).maxNumberLength(100).build())
            .build()).build();

    private final OrderIntake intake;
    private final SourceGate gate;
    private final ModelRegistry model;
    private final String defaultNamespace;

    SourcesResource(OrderIntake intake, SourceGate gate, ModelRegistry model, OperatorConfig config) {
        this.intake = intake;
        this.gate = gate;
        this.model = model;
        this.defaultNamespace = config.defaultNamespace();
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces({MediaType.APPLICATION_JSON, ProblemDetails.MEDIA_TYPE})
    @Operation(summary = "Take an order in a channel's own format, mapped and authenticated by its OrderSource")
    public Response create(@PathParam("source") String sourceName, byte[] body, @Context HttpHeaders headers,
                           @HeaderParam("Idempotency-Key") String idempotencyKey,
                           @QueryParam("namespace") String namespace) {
        byte[] raw = body == null ? new byte[0] : body;
        ResourceKey key = new ResourceKey(Optional.ofNullable(namespace).orElse(defaultNamespace), sourceName);
        if (!model.built()) {
            // a standby replica (or a leader still reading its resources) has no compiled sources: not a 404,
            // which a channel would take as final; another replica, or this one shortly, can take the order
            return ProblemDetails.of(503, "sources-unavailable", "Order sources not loaded",
                    "this replica has not compiled the OrderSources (it does not lead, or is starting); retry")
                    .withRetryAfter(1).toResponse();
        }
        CompiledSource source = model.snapshot().sources().get(key);
        if (source == null) {
            return ProblemDetails.of(404, "source-not-found", "Order source not found",
                    "no Ready OrderSource " + key).toResponse();
        }
        Optional<ProblemDetails> tooLarge = ProblemDetails.ifTooLarge(raw, OrderIntake.MAX_BODY_BYTES);
        if (tooLarge.isPresent()) {
            return tooLarge.get().toResponse();
        }
        Optional<ProblemDetails> refused = gate.check(source, raw, headers::getHeaderString);
        if (refused.isPresent()) {
            return refused.get().toResponse();
        }
        return mapped(source, raw).map(node -> answer(intake.take(key.namespace(),
                        new OrderReader(OrderDefaults.from(source.spec().defaults)).read(node),
                        Optional.ofNullable(idempotencyKey))))
                .orElseGet(() -> ProblemDetails.of(422, "unmappable-payload", "Payload cannot be mapped",
                        "the source's mapping could not turn this payload into an order")
                        .withErrors(List.of(new FieldError(FieldError.BODY, "not mappable JSON",
                                FieldError.INVALID_FORMAT))).toResponse());
    }

    /** The payload through the source's JSONata mapping, or as it is when the source has none. */
    private static Optional<JsonNode> mapped(CompiledSource source, byte[] raw) {
        try {
            JsonNode payload = JSON.readTree(raw);
            if (payload == null || source.mapping().isEmpty()) {
                return Optional.ofNullable(payload);
            }
            Object result = source.mapping().get().apply(JSON.convertValue(payload, Object.class));
            return Optional.ofNullable(result).map(r -> JSON.valueToTree(r));
        } catch (IOException | ExpressionEvaluationException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Response answer(IntakeOutcome outcome) {
        if (outcome instanceof IntakeOutcome.Refused refused) {
            return refused.problem().toResponse();
        }
        var taken = ((IntakeOutcome.Taken) outcome).order();
        return Response.accepted(Map.of("id", taken.id(), "state", taken.state()))
                .location(URI.create("/api/v1/orders/" + taken.id())).type(MediaType.APPLICATION_JSON).build();
    }
}
