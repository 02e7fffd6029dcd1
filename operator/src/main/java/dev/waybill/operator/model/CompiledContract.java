package dev.waybill.operator.model;

import dev.waybill.api.v1alpha1.contract.AdapterContract;
import dev.waybill.api.v1alpha1.contract.AdapterContractSpec;
import dev.waybill.operator.expression.CompiledMapping;

import java.util.Map;
import java.util.Optional;

/**
 * An AdapterContract ready to run: a private copy of its spec, every JSONata mapping compiled (keyed like
 * {@code create.request} or {@code events.mapping}), and the credential from its Secret.
 */
public record CompiledContract(ResourceKey key, long generation, AdapterContractSpec spec,
                               Map<String, CompiledMapping> mappings, Optional<Credential> credential) {

    public static CompiledContract of(AdapterContract contract, Map<String, CompiledMapping> mappings,
                                      Optional<Credential> credential) {
        return new CompiledContract(ResourceKey.of(contract), contract.getMetadata().getGeneration(),
                Specs.copy(contract.getSpec()), Map.copyOf(mappings), credential);
    }
}
