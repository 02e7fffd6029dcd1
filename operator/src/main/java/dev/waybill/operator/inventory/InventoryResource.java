package dev.waybill.operator.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waybill.adapter.model.FieldError;
import dev.waybill.operator.intake.ProblemDetails;
import dev.waybill.operator.lifecycle.OperatorConfig;
import dev.waybill.operator.model.ModelRegistry;
import dev.waybill.operator.model.ResourceKey;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** {@code PUT /api/v1/nodes/{node}/inventory}: an availability snapshot for a node without real-time inventory. */
@Path("/api/v1/nodes/{node}/inventory")
public class InventoryResource {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_ITEMS = 100_000;

    private final InventorySnapshots snapshots;
    private final ModelRegistry model;
    private final Clock clock;
    private final String defaultNamespace;

    InventoryResource(InventorySnapshots snapshots, ModelRegistry model, Clock clock, OperatorConfig config) {
        this.snapshots = snapshots;
        this.model = model;
        this.clock = clock;
        this.defaultNamespace = config.defaultNamespace();
    }

    @PUT
    @Consumes(MediaType.WILDCARD)
    @Produces({MediaType.APPLICATION_JSON, ProblemDetails.MEDIA_TYPE})
    @Operation(summary = "Replace a node's availability snapshot: [{ \"sku\", \"available\" }]")
    public Response replace(@PathParam("node") String node, @QueryParam("namespace") String namespace, byte[] body) {
        ResourceKey key = new ResourceKey(Optional.ofNullable(namespace).orElse(defaultNamespace), node);
        if (!model.snapshot().nodes().containsKey(key)) {
            return ProblemDetails.of(404, "node-not-found", "Node not found", "no valid FulfillmentNode " + key)
                    .toResponse();
        }
        List<FieldError> errors = new ArrayList<>();
        Map<String, Integer> available = parse(body, errors);
        if (!errors.isEmpty()) {
            return ProblemDetails.of(422, "invalid-inventory", "Invalid inventory snapshot",
                    errors.size() + " item(s) are invalid").withErrors(errors.subList(0, Math.min(50, errors.size())))
                    .toResponse();
        }
        snapshots.replace(key, available, clock.instant());
        return Response.ok(Map.of("node", node, "skus", available.size())).build();
    }

    private static Map<String, Integer> parse(byte[] body, List<FieldError> errors) {
        JsonNode items;
        try {
            items = body == null || body.length == 0 ? null : JSON.readTree(body);
        } catch (IOException e) {
            items = null;
        }
        Map<String, Integer> available = new HashMap<>();
        if (items == null || !items.isArray() || items.size() > MAX_ITEMS) {
            errors.add(new FieldError(FieldError.BODY, "expected a JSON array of at most " + MAX_ITEMS
                    + " { \"sku\", \"available\" } items", FieldError.INVALID_FORMAT));
            return available;
        }
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String sku = item.path("sku").isTextual() ? item.path("sku").asText().trim().toUpperCase(Locale.ROOT) : "";
            JsonNode quantity = item.path("available");
            if (!sku.matches("[A-Z0-9._-]{1,64}")) {
                errors.add(new FieldError("[" + i + "].sku", "a SKU of 1-64 letters, digits, . _ -",
                        FieldError.INVALID_FORMAT));
            } else if (!quantity.canConvertToInt() || !quantity.isIntegralNumber() || quantity.asInt() < 0) {
                errors.add(new FieldError("[" + i + "].available", "a whole number >= 0", FieldError.INVALID_TYPE));
            } else {
                available.put(sku, quantity.asInt());
            }
        }
        return available;
    }
}
