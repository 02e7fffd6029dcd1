package dev.waybill.adapter.connector;

import dev.waybill.adapter.expression.CompiledMapping;
import dev.waybill.adapter.expression.ExpressionException;
import dev.waybill.adapter.expression.JsonataMappings;
import dev.waybill.api.v1alpha1.contract.AdapterContractSpec;
import dev.waybill.api.v1alpha1.contract.Operation;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a connector needs to run one AdapterContract: its spec, its mappings compiled (keyed like
 * {@code create.request}, {@code create.response}, {@code events.mapping}), and its secrets.
 *
 * @param name          the contract's name
 * @param namespace     the contract's namespace; null where none applies (tests); a Deployment-mode contract's
 *                      adapter Service is found by it
 * @param credential    the value of {@code spec.auth.secretRef}, when auth is not None
 * @param webhookSecret the value of {@code spec.events.signature.secretRef}, when webhooks are signed
 */
public record ContractDefinition(String name, String namespace, AdapterContractSpec spec, Map<String, CompiledMapping> mappings,
                                 Optional<Credential> credential, Optional<Credential> webhookSecret) {

    /** The key of the webhook mapping in {@link #mappings()}. */
    public static final String EVENTS_MAPPING = "events.mapping";

    public ContractDefinition {
        mappings = Map.copyOf(mappings);
    }

    /**
     * Compiles every mapping of {@code spec}, in no namespace (for tests).
     *
     * @throws ExpressionException naming the field, e.g. {@code spec.operations.create.request: ...}, when one does
     *                             not compile
     */
    public static ContractDefinition compile(String name, AdapterContractSpec spec, Optional<Credential> credential,
                                             Optional<Credential> webhookSecret) throws ExpressionException {
        return compile(name, null, spec, credential, webhookSecret);
    }

    /**
     * Compiles every mapping of {@code spec} (for callers that hold no compiled model, such as the adapter app).
     *
     * @throws ExpressionException naming the field, e.g. {@code spec.operations.create.request: ...}, when one does
     *                             not compile
     */
    public static ContractDefinition compile(String name, String namespace, AdapterContractSpec spec,
                                             Optional<Credential> credential, Optional<Credential> webhookSecret)
            throws ExpressionException {
        Map<String, CompiledMapping> mappings = new HashMap<>();
        for (Map.Entry<String, Operation> op : ContractOperations.declared(spec.operations).entrySet()) {
            compileInto(mappings, ContractOperations.requestKey(op.getKey()), op.getValue().request);
            compileInto(mappings, ContractOperations.responseKey(op.getKey()), op.getValue().response);
        }
        if (spec.events != null) {
            compileInto(mappings, EVENTS_MAPPING, spec.events.mapping);
        }
        return new ContractDefinition(name, namespace, spec, mappings, credential, webhookSecret);
    }

    private static void compileInto(Map<String, CompiledMapping> mappings, String key, String expression)
            throws ExpressionException {
        if (expression == null) {
            return;
        }
        String field = "spec." + (key.equals(EVENTS_MAPPING) ? key : "operations." + key);
        try {
            mappings.put(key, JsonataMappings.compile(expression));
        } catch (ExpressionException e) {
            throw new ExpressionException(field + ": " + e.getMessage(), e);
        }
    }
}
