package dev.waybill.operator.model;

import dev.waybill.adapter.connector.Credential;
import dev.waybill.api.v1alpha1.contract.AdapterContract;
import dev.waybill.api.v1alpha1.contract.AdapterContractSpec;
import dev.waybill.adapter.expression.CompiledMapping;

import java.util.Map;
import java.util.Optional;

/**
 * An AdapterContract ready to run: a private copy of its spec, every JSONata mapping compiled (keyed like
 * {@code create.request} or {@code events.mapping}), the credential from its Secret, and
 * the secret its webhooks are signed with (when it declares one).
 */
public record CompiledContract(ResourceKey key, long generation, AdapterContractSpec spec,
                               Map<String, CompiledMapping> mappings, Optional<Credential> credential,
                               Optional<Credential> webhookSecret) {

    public static CompiledContract of(AdapterContract contract, Map<String, CompiledMapping> mappings,
                                      Optional<Credential> credential, Optional<Credential> webhookSecret) {
        return new CompiledContract(ResourceKey.of(contract), contract.getMetadata().getGeneration(),
                Specs.copy(contract.getSpec()), Map.copyOf(mappings), credential, webhookSecret);
    }
}
