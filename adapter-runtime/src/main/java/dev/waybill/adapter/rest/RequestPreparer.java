package dev.waybill.adapter.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waybill.adapter.connector.VendorCall;
import dev.waybill.adapter.datapolicy.LogScrubber;
import dev.waybill.adapter.expression.CompiledMapping;
import dev.waybill.adapter.expression.ExpressionEvaluationException;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a call's input into the vendor request: the operation's request mapping, the path placeholders, the body
 * and the plain headers. Also renders the request as people may see it, with the order's masked fields masked.
 */
final class RequestPreparer {

    static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;

    RequestPreparer(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The request of {@code operation} for the (already restricted) {@code input}. */
    PreparedRequest prepare(OperationRuntime operation, Object input, VendorCall call) throws MappingFailure {
        Object mapped = map(operation, input);
        String path = PathTemplate.fill(operation.spec().path, mapped);
        URI uri;
        try {
            uri = URI.create(baseUrl + path);
        } catch (IllegalArgumentException e) {
            throw new MappingFailure("the filled path of " + operation.name() + " is not a valid URI");
        }
        byte[] body = operation.sendsBody() ? json(mapped) : null;
        return new PreparedRequest(operation.name(), operation.spec().method.name(), uri, body,
                headers(operation, call, body != null));
    }

    private static Map<String, String> headers(OperationRuntime operation, VendorCall call, boolean withBody)
            throws MappingFailure {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", "application/json");
        if (withBody) {
            headers.put("Content-Type", "application/json");
        }
        if (call.correlationId() != null) {
            headers.put("X-Correlation-Id", call.correlationId());
        }
        Optional<String> keyHeader = operation.idempotencyKeyHeader();
        if (keyHeader.isPresent() && call.idempotencyKey() != null) {
            headers.put(keyHeader.get(), call.idempotencyKey());
        }
        for (Map.Entry<String, String> header : headers.entrySet()) {
            // The HTTP client would refuse it with an exception; the call must end as an outcome instead.
            if (header.getValue().chars().anyMatch(c -> c < ' ' && c != '\t')) {
                throw new MappingFailure("header " + header.getKey() + " would carry a control character");
            }
        }
        return headers;
    }

    /**
     * The request mapping evaluated on the masked input, scrubbed of anything the mapping derived from masked
     * values; null when the mapping fails on the masked data (a "****" where it computes with a number).
     */
    String masked(OperationRuntime operation, Object maskedInput, LogScrubber scrubber) {
        try {
            return scrubber.scrubbedJson(map(operation, maskedInput));
        } catch (MappingFailure e) {
            return null;
        }
    }

    private static Object map(OperationRuntime operation, Object input) throws MappingFailure {
        Optional<CompiledMapping> mapping = operation.request();
        if (mapping.isEmpty()) {
            return Map.of();
        }
        try {
            Object mapped = mapping.get().apply(input);
            return mapped == null ? Map.of() : mapped;
        } catch (ExpressionEvaluationException e) {
            throw new MappingFailure("spec.operations." + operation.name() + ".request: " + e.getMessage());
        }
    }

    private static byte[] json(Object mapped) throws MappingFailure {
        try {
            return JSON.writeValueAsBytes(mapped);
        } catch (JsonProcessingException e) {
            throw new MappingFailure("the mapped request is not JSON: " + e.getOriginalMessage());
        }
    }
}
