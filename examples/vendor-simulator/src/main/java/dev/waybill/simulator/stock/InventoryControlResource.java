package dev.waybill.simulator.stock;

import dev.waybill.simulator.Vendor;
import dev.waybill.simulator.gate.InvalidRequest;
import dev.waybill.simulator.gate.JsonBodies;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Sets and shows a vendor's stock; a SKU never set is in unlimited supply. */
@Path("/_sim/inventory")
@Produces(MediaType.APPLICATION_JSON)
public class InventoryControlResource {

    private final JsonBodies json;
    private final Inventory inventory;

    public InventoryControlResource(JsonBodies json, Inventory inventory) {
        this.json = json;
        this.inventory = inventory;
    }

    /** Sets what is available now for the SKUs given; others keep their level. */
    @POST
    public Response set(String body) {
        InventoryRequest request;
        try {
            request = json.read(body, InventoryRequest.class);
        } catch (InvalidRequest e) {
            return invalid(List.of(e.getMessage()));
        }
        List<String> problems = request.problems();
        if (!problems.isEmpty()) {
            return invalid(problems);
        }
        Vendor vendor = Vendor.byId(request.vendor()).orElseThrow();
        Stock stock = inventory.of(vendor);
        request.items().forEach(level -> stock.set(level.sku(), level.available()));
        return Response.ok(levels(vendor)).build();
    }

    /** A vendor's stock: {@code { vendor, items: [{ sku, onHand, allocated, available }] }}. */
    @GET
    public Response get(@QueryParam("vendor") String vendorId) {
        Optional<Vendor> vendor = Optional.ofNullable(vendorId).flatMap(Vendor::byId);
        if (vendor.isEmpty()) {
            return invalid(List.of("vendor: required, one of " + Vendor.ids()));
        }
        return Response.ok(levels(vendor.get())).build();
    }

    private Map<String, Object> levels(Vendor vendor) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("vendor", vendor.id());
        answer.put("items", inventory.of(vendor).levels());
        return answer;
    }

    private static Response invalid(List<String> problems) {
        return Response.status(400).entity(Map.of("errors", problems)).build();
    }
}
