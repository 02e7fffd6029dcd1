package dev.waybill.operator.contract;

import dev.waybill.api.v1alpha1.contract.AdapterContractSpec;
import dev.waybill.api.v1alpha1.contract.Operation;
import dev.waybill.api.v1alpha1.contract.Operations;
import dev.waybill.adapter.expression.CompiledMapping;
import dev.waybill.adapter.expression.ExpressionException;
import dev.waybill.adapter.expression.JsonataMappings;
import dev.waybill.operator.status.Problem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiles every JSONata mapping of a contract once. What does not compile is a {@link Problem} naming the field,
 * e.g. {@code spec.operations.create.request}.
 */
public final class ContractCompiler {

    /** Compiled mappings keyed like {@code create.request}, and the problems found. */
    public record Result(Map<String, CompiledMapping> mappings, List<Problem> problems) {
    }

    private ContractCompiler() {
    }

    public static Result compile(AdapterContractSpec spec) {
        Map<String, CompiledMapping> mappings = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        operations(spec.operations).forEach((name, operation) -> {
            compileOne(mappings, problems, name + ".request", "spec.operations." + name + ".request", operation.request);
            compileOne(mappings, problems, name + ".response", "spec.operations." + name + ".response",
                    operation.response);
        });
        if (spec.events != null) {
            compileOne(mappings, problems, "events.mapping", "spec.events.mapping", spec.events.mapping);
        }
        return new Result(mappings, problems);
    }

    /** The operations the contract declares, by their API name; absent ones are capabilities the vendor lacks. */
    public static Map<String, Operation> operations(Operations operations) {
        Map<String, Operation> present = new LinkedHashMap<>();
        if (operations == null) {
            return present;
        }
        putIfPresent(present, "create", operations.create);
        putIfPresent(present, "lookup", operations.lookup);
        putIfPresent(present, "cancel", operations.cancel);
        putIfPresent(present, "reserve", operations.reserve);
        putIfPresent(present, "release", operations.release);
        putIfPresent(present, "availability", operations.availability);
        putIfPresent(present, "void", operations.voidPayment);
        return present;
    }

    private static void putIfPresent(Map<String, Operation> present, String name, Operation operation) {
        if (operation != null) {
            present.put(name, operation);
        }
    }

    private static void compileOne(Map<String, CompiledMapping> mappings, List<Problem> problems, String key,
                                   String field, String expression) {
        if (expression == null || expression.isBlank()) {
            return;
        }
        try {
            mappings.put(key, JsonataMappings.compile(expression));
        } catch (ExpressionException e) {
            problems.add(new Problem("InvalidMapping", field, e.getMessage()));
        }
    }
}
