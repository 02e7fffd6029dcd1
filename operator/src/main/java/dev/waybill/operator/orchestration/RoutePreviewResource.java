package dev.waybill.operator.orchestration;

import dev.waybill.adapter.model.OrderDefaults;
import dev.waybill.adapter.model.OrderReader;
import dev.waybill.adapter.model.ReadResult;
import dev.waybill.operator.intake.OrderIntake;
import dev.waybill.operator.intake.ProblemDetails;
import dev.waybill.operator.inventory.InventorySnapshots;
import dev.waybill.operator.lifecycle.OperatorConfig;
import dev.waybill.operator.model.ModelRegistry;
import dev.waybill.operator.routing.NodeLoad;
import dev.waybill.operator.routing.RouteRequest;
import dev.waybill.operator.routing.Router;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.Clock;
import java.util.Optional;

/**
 * {@code POST /api/v1/routing/preview}: where an order would go and why, with no side effects: nothing is stored,
 * reserved or dispatched. For trying a policy before it takes traffic.
 */
@Path("/api/v1/routing/preview")
public class RoutePreviewResource {

    private final Router router;
    private final ModelRegistry model;
    private final InventorySnapshots stock;
    private final NodeLoad load;
    private final Clock clock;
    private final String defaultNamespace;

    RoutePreviewResource(Router router, ModelRegistry model, InventorySnapshots stock, NodeLoad load, Clock clock,
                         OperatorConfig config) {
        this.router = router;
        this.model = model;
        this.stock = stock;
        this.load = load;
        this.clock = clock;
        this.defaultNamespace = config.defaultNamespace();
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces({MediaType.APPLICATION_JSON, ProblemDetails.MEDIA_TYPE})
    @Operation(summary = "Decide where a canonical order would go, with the explanation; nothing is stored")
    public Response preview(byte[] body, @QueryParam("namespace") String namespace) {
        byte[] raw = body == null ? new byte[0] : body;
        Optional<ProblemDetails> tooLarge = ProblemDetails.ifTooLarge(raw, OrderIntake.MAX_BODY_BYTES);
        if (tooLarge.isPresent()) {
            return tooLarge.get().toResponse();
        }
        ReadResult read = new OrderReader(OrderDefaults.none()).read(raw);
        if (read instanceof ReadResult.Invalid invalid) {
            return ProblemDetails.of(422, "invalid-order", "Invalid order", invalid.errors().size()
                    + " field(s) are invalid").withErrors(invalid.errors()).toResponse();
        }
        var request = RouteRequest.of(model.snapshot(), Optional.ofNullable(namespace).orElse(defaultNamespace),
                read.validOrder().orElseThrow(), clock.instant(), load, stock);
        return Response.ok(router.decide(request)).build();
    }
}
