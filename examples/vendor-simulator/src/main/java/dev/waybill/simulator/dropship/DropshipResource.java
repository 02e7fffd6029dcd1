package dev.waybill.simulator.dropship;

import dev.waybill.simulator.Vendor;
import dev.waybill.simulator.gate.Answer;
import dev.waybill.simulator.gate.JsonBodies;
import dev.waybill.simulator.gate.VendorGate;
import dev.waybill.simulator.ledger.Fulfillment;
import dev.waybill.simulator.ledger.Identifiers;
import dev.waybill.simulator.ledger.ItemQuantity;
import dev.waybill.simulator.ledger.Ledger;
import dev.waybill.simulator.progression.Progression;
import dev.waybill.simulator.stock.Inventory;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The API of dropship-direct (Basic auth): uploads only. No idempotency (every PUT is a new upload, even for the
 * same poNumber), no lookup, no cancel. It takes every well-formed upload and answers stock trouble later, by
 * refusing it in a webhook, as upload-only vendors do.
 */
@Path("/dropship-direct")
public class DropshipResource {

    private static final Vendor DROPSHIP = Vendor.DROPSHIP_DIRECT;

    private final VendorGate gate;
    private final JsonBodies json;
    private final Identifiers ids;
    private final Ledger ledger;
    private final Inventory inventory;
    private final Progression progression;

    public DropshipResource(VendorGate gate, JsonBodies json, Identifiers ids, Ledger ledger, Inventory inventory,
                            Progression progression) {
        this.gate = gate;
        this.json = json;
        this.ids = ids;
        this.ledger = ledger;
        this.inventory = inventory;
        this.progression = progression;
    }

    @PUT
    @Path("/uploads/{poNumber}")
    public Uni<Response> upload(@Context HttpHeaders headers, @PathParam("poNumber") String poNumber, String body) {
        return gate.accept(DROPSHIP, headers, body, () -> accept(poNumber, body));
    }

    private Answer accept(String poNumber, String body) {
        List<ItemQuantity> items = json.read(body, DropshipMessages.Upload.class).validated(poNumber);
        String uploadId = ids.next("U-");
        boolean inStock = inventory.of(DROPSHIP).commit(uploadId, poNumber, items).isEmpty();
        Fulfillment upload = new Fulfillment(DROPSHIP, uploadId, poNumber, null, null, DropshipDialect.WORDS, items);
        ledger.record(upload);
        if (inStock) {
            progression.created(upload);
        } else {
            progression.createdToRefuse(upload);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("uploadId", uploadId);
        answer.put("poNumber", poNumber);
        answer.put("status", upload.state());
        return Answer.of(201, answer);
    }
}
