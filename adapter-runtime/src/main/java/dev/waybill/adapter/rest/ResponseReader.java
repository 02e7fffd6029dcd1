package dev.waybill.adapter.rest;

import dev.waybill.adapter.connector.VendorStatuses;
import dev.waybill.adapter.expression.CompiledMapping;
import dev.waybill.adapter.expression.ExpressionEvaluationException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a vendor's answer in Waybill's terms: parses the JSON body (an empty body is {@code {}}), applies the
 * operation's response mapping (none: the body as it is), and translates {@code status} through the contract's
 * statusMapping. A mapping that yields something other than an object is kept under {@link #RESULT} (an
 * availability mapping yields a list).
 */
final class ResponseReader {

    /** Where a non-object mapping result is kept. */
    static final String RESULT = "result";
    /** The field of a mapped 4xx answer naming why the vendor refused (e.g. OutOfStock). */
    static final String REFUSAL = "refusal";

    private final VendorStatuses statuses;

    ResponseReader(VendorStatuses statuses) {
        this.statuses = statuses;
    }

    /**
     * The mapped answer, its status not yet translated (so a check of expected fields sees the vendor's word).
     *
     * @throws MappingFailure when the body is not JSON or the mapping fails on it
     */
    Map<String, Object> map(OperationRuntime operation, byte[] body) throws MappingFailure {
        Object parsed = parse(body);
        Optional<CompiledMapping> mapping = operation.response();
        Object mapped;
        try {
            mapped = mapping.isPresent() ? mapping.get().apply(parsed) : parsed;
        } catch (ExpressionEvaluationException e) {
            throw new MappingFailure("spec.operations." + operation.name() + ".response: " + e.getMessage());
        }
        return asObject(mapped);
    }

    /** The answer with its status translated. */
    Map<String, Object> translate(Map<String, Object> mapped) {
        return statuses.translate(mapped);
    }

    /** The expected fields {@code mapped} lacks (absent or null). */
    static List<String> missing(Map<String, Object> mapped, Collection<String> expected) {
        return expected.stream().filter(field -> mapped.get(field) == null).sorted().toList();
    }

    /** The {@code refusal} the response mapping names in a refusing (4xx) answer; mapping errors are ignored. */
    Optional<String> refusal(OperationRuntime operation, byte[] body) {
        try {
            return map(operation, body).get(REFUSAL) instanceof String refusal && !refusal.isBlank()
                    ? Optional.of(refusal) : Optional.empty();
        } catch (MappingFailure e) {
            return Optional.empty();
        }
    }

    private static Object parse(byte[] body) throws MappingFailure {
        if (body == null || new String(body, StandardCharsets.UTF_8).isBlank()) {
            return new LinkedHashMap<String, Object>();
        }
        try {
            return RequestPreparer.JSON.readValue(body, Object.class);
        } catch (IOException e) {
            throw new MappingFailure("the vendor's answer is not JSON");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asObject(Object mapped) {
        if (mapped instanceof Map<?, ?> map) {
            return new LinkedHashMap<>((Map<String, Object>) map);
        }
        Map<String, Object> wrapped = new LinkedHashMap<>();
        if (mapped != null) {
            wrapped.put(RESULT, mapped);
        }
        return wrapped;
    }
}
