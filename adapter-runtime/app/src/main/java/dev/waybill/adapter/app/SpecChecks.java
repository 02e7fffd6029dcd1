package dev.waybill.adapter.app;

import dev.waybill.adapter.connector.ContractOperations;
import dev.waybill.adapter.model.FieldError;
import dev.waybill.adapter.resilience.Durations;
import dev.waybill.api.v1alpha1.contract.AdapterContractSpec;
import dev.waybill.api.v1alpha1.contract.Operation;
import dev.waybill.api.v1alpha1.contract.Resilience;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The parts of a contract spec without which the connector cannot run, checked before it is built so the error
 * names the field. The API server has checked the rest (ranges, CEL rules) when the contract was applied; a file
 * written by hand gets these checks only.
 */
final class SpecChecks {

    private SpecChecks() {
    }

    /** The first problem found, if any. */
    static Optional<FieldError> check(AdapterContractSpec spec) {
        if (!"1".equals(spec.schemaVersion)) {
            return problem("spec.schemaVersion", spec.schemaVersion == null ? "is required" : "must be \"1\"");
        }
        if (spec.baseUrl == null) {
            return problem("spec.baseUrl", "is required");
        }
        if (!httpUrl(spec.baseUrl)) {
            return problem("spec.baseUrl", "must be an http(s)://host[:port][/path] URL");
        }
        if (spec.operations == null) {
            return problem("spec.operations", "is required");
        }
        for (Map.Entry<String, Operation> op : ContractOperations.declared(spec.operations).entrySet()) {
            String field = "spec.operations." + op.getKey();
            if (op.getValue().method == null) {
                return problem(field + ".method", "is required");
            }
            if (op.getValue().path == null) {
                return problem(field + ".path", "is required");
            }
        }
        return durations(spec).entrySet().stream().filter(d -> !duration(d.getValue())).findFirst()
                .flatMap(d -> problem(d.getKey(), "must be a duration such as 200ms, 2s, 1m"));
    }

    /** Every duration the spec sets, by field. */
    private static Map<String, String> durations(AdapterContractSpec spec) {
        Map<String, String> durations = new LinkedHashMap<>();
        Resilience r = spec.resilience;
        if (r != null) {
            durations.put("spec.resilience.timeout", r.timeout);
            if (r.retry != null) {
                durations.put("spec.resilience.retry.initialBackoff", r.retry.initialBackoff);
                durations.put("spec.resilience.retry.maxBackoff", r.retry.maxBackoff);
            }
            if (r.circuitBreaker != null) {
                durations.put("spec.resilience.circuitBreaker.waitInOpenState", r.circuitBreaker.waitInOpenState);
            }
        }
        ContractOperations.declared(spec.operations).forEach((name, op) ->
                durations.put("spec.operations." + name + ".timeout", op.timeout));
        return durations;
    }

    private static boolean duration(String text) {
        if (text == null) {
            return true;
        }
        try {
            Durations.parse(text);
            return true;
        } catch (IllegalArgumentException | ArithmeticException e) {
            return false;
        }
    }

    private static boolean httpUrl(String text) {
        try {
            URI uri = new URI(text);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static Optional<FieldError> problem(String field, String message) {
        return Optional.of(new FieldError(field, message));
    }
}
