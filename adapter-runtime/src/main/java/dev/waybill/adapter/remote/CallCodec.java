package dev.waybill.adapter.remote;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.waybill.adapter.connector.VendorCall;
import dev.waybill.adapter.connector.VendorOutcome;
import dev.waybill.adapter.model.FieldError;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The wire form of the adapter app's {@code POST /v1/calls}, written and read by both ends: the
 * {@link RemoteConnector} in the operator and the adapter app. A call is
 * {@code {operation, idempotencyKey, input, expect[], mayHaveBeenSent, correlationId}}; an outcome is
 * {@code {"outcome": "Succeeded" | "Failed", ...its components, attempts[]}}. Thread-safe.
 */
public final class CallCodec {

    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final OutcomeTrees OUTCOMES = new OutcomeTrees(MAPPER);

    private CallCodec() {
    }

    /** The call as UTF-8 JSON, its input in the form the connector's mappings read (see {@link PlainValues}). */
    public static byte[] encodeCall(VendorCall call) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("operation", call.operation());
        body.put("idempotencyKey", call.idempotencyKey());
        body.put("input", PlainValues.of(call.input(), MAPPER));
        body.put("expect", List.copyOf(call.expect()));
        body.put("mayHaveBeenSent", call.mayHaveBeenSent());
        body.put("correlationId", call.correlationId());
        return bytes(body);
    }

    /**
     * Reads a call. {@code operation}, {@code idempotencyKey}, {@code input} (an object) and {@code mayHaveBeenSent}
     * are required; {@code expect} defaults to none and {@code correlationId} to null.
     *
     * @throws InvalidCallException naming every wrong field, or {@code body} when it is not a JSON object
     */
    public static VendorCall decodeCall(byte[] body) throws InvalidCallException {
        return new CallReader(MAPPER).read(tree(body));
    }

    /** The outcome as UTF-8 JSON. */
    public static byte[] encodeOutcome(VendorOutcome outcome) {
        return bytes(outcomeTree(outcome));
    }

    /** The outcome as a Jackson tree, for callers that embed it in a larger document. */
    public static ObjectNode outcomeTree(VendorOutcome outcome) {
        return OUTCOMES.write(outcome);
    }

    /**
     * Reads an outcome.
     *
     * @throws IllegalArgumentException when the body is not an outcome, naming the member that is wrong
     */
    public static VendorOutcome decodeOutcome(byte[] body) {
        try {
            return OUTCOMES.read(MAPPER.readTree(body));
        } catch (IOException e) {
            throw new IllegalArgumentException("outcome: not valid JSON", e);
        }
    }

    private static JsonNode tree(byte[] body) throws InvalidCallException {
        try {
            JsonNode tree = MAPPER.readTree(body);
            if (tree == null || tree.isMissingNode()) {
                throw invalidBody("is empty");
            }
            return tree;
        } catch (JsonProcessingException e) {
            // Jackson's own message may quote the body, which can hold personal data: only the position is kept.
            JsonLocation at = e.getLocation();
            throw invalidBody("is not valid JSON" + (at == null ? ""
                    : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
        } catch (IOException e) {
            throw invalidBody("could not be read");
        }
    }

    private static InvalidCallException invalidBody(String message) {
        return new InvalidCallException(List.of(new FieldError(FieldError.BODY, message, FieldError.INVALID_FORMAT)));
    }

    private static byte[] bytes(Object document) {
        try {
            return MAPPER.writeValueAsBytes(document);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e); // maps, lists, scalars and trees always serialise
        }
    }
}
