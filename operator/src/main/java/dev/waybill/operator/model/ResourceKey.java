package dev.waybill.operator.model;

import io.fabric8.kubernetes.api.model.HasMetadata;

/** Namespace and name of a Waybill resource: how the model and the orchestrator refer to it. */
public record ResourceKey(String namespace, String name) {

    public static ResourceKey of(HasMetadata resource) {
        return new ResourceKey(resource.getMetadata().getNamespace(), resource.getMetadata().getName());
    }

    /** Another resource in the same namespace. */
    public ResourceKey sibling(String otherName) {
        return new ResourceKey(namespace, otherName);
    }

    @Override
    public String toString() {
        return namespace + "/" + name;
    }
}
