package dev.waybill.simulator.payments;

import dev.waybill.simulator.Vendor;
import dev.waybill.simulator.gate.Answer;
import dev.waybill.simulator.gate.IdempotentAnswers;
import dev.waybill.simulator.gate.InvalidRequest;
import dev.waybill.simulator.gate.JsonBodies;
import dev.waybill.simulator.gate.VendorGate;
import dev.waybill.simulator.ledger.Fulfillment;
import dev.waybill.simulator.ledger.Identifiers;
import dev.waybill.simulator.ledger.Ledger;
import dev.waybill.simulator.ledger.StatusWords;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The API of the payment gateway (Bearer token, Idempotency-Key honoured): captures, and voids of an authorization.
 * Each void executed is in the ledger under the authorization id, so a double void shows as createCount 2.
 */
@Path("/payments/v1")
public class PaymentsResource {

    private static final Vendor PAYMENTS = Vendor.PAYMENTS;
    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    // a void is a one-step record: it is done the moment it exists
    private static final StatusWords VOID_WORDS = new StatusWords("VOIDED", "VOIDED", null, "VOIDED", "VOIDED",
            "VOIDED");

    private final VendorGate gate;
    private final JsonBodies json;
    private final IdempotentAnswers answers;
    private final Identifiers ids;
    private final Ledger ledger;

    public PaymentsResource(VendorGate gate, JsonBodies json, IdempotentAnswers answers, Identifiers ids,
                            Ledger ledger) {
        this.gate = gate;
        this.json = json;
        this.answers = answers;
        this.ids = ids;
        this.ledger = ledger;
    }

    @POST
    @Path("/captures")
    public Uni<Response> capture(@Context HttpHeaders headers, String body) {
        String key = headers.getHeaderString(IDEMPOTENCY_KEY);
        return gate.call(PAYMENTS, headers, () -> answers.once(PAYMENTS, "capture", key, () -> {
            CaptureRequest request = json.read(body, CaptureRequest.class);
            if (request.authorization() == null || request.authorization().isBlank()) {
                throw new InvalidRequest("authorization: required");
            }
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("captureId", ids.next("CAP-"));
            answer.put("status", "CAPTURED");
            answer.put("authorization", request.authorization());
            return Answer.of(201, answer);
        }));
    }

    @POST
    @Path("/authorizations/{authorizationId}/void")
    public Uni<Response> voidAuthorization(@Context HttpHeaders headers,
                                           @PathParam("authorizationId") String authorizationId, String body) {
        String key = headers.getHeaderString(IDEMPOTENCY_KEY);
        return gate.call(PAYMENTS, headers, () -> answers.once(PAYMENTS, "void " + authorizationId, key, () -> {
            ledger.record(new Fulfillment(PAYMENTS, authorizationId, authorizationId, null, key, VOID_WORDS,
                    List.of()));
            return Answer.of(200, Map.of("status", "VOIDED", "authorizationId", authorizationId));
        }));
    }

    /** {@code POST /v1/captures}, as the payments contract's create mapping writes it. */
    record CaptureRequest(String authorization, String amount, String currency) {
    }
}
