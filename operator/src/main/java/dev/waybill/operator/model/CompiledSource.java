package dev.waybill.operator.model;

import dev.waybill.adapter.connector.Credential;
import dev.waybill.api.v1alpha1.source.OrderSource;
import dev.waybill.api.v1alpha1.source.OrderSourceSpec;
import dev.waybill.adapter.expression.CompiledMapping;

import java.util.Optional;

/** An OrderSource ready for intake: its payload mapping compiled and its shared key read from the Secret. */
public record CompiledSource(ResourceKey key, long generation, OrderSourceSpec spec, Optional<CompiledMapping> mapping,
                             Optional<Credential> credential) {

    public static CompiledSource of(OrderSource source, Optional<CompiledMapping> mapping,
                                    Optional<Credential> credential) {
        return new CompiledSource(ResourceKey.of(source), source.getMetadata().getGeneration(),
                Specs.copy(source.getSpec()), mapping, credential);
    }
}
