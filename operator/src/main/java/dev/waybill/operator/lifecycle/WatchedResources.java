package dev.waybill.operator.lifecycle;

import dev.waybill.api.v1alpha1.contract.AdapterContract;
import dev.waybill.api.v1alpha1.node.FulfillmentNode;
import dev.waybill.api.v1alpha1.policy.RoutingPolicy;
import dev.waybill.api.v1alpha1.source.OrderSource;
import dev.waybill.operator.model.ModelRegistry;
import dev.waybill.operator.model.ResourceKey;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Every Waybill resource this replica watches, as the model expects them ({@link ModelRegistry#expect}): listed
 * once when the replica begins reconciling, so the orchestrator starts work only on a whole model.
 */
final class WatchedResources {

    private static final List<Class<? extends HasMetadata>> KINDS = List.of(FulfillmentNode.class,
            RoutingPolicy.class, AdapterContract.class, OrderSource.class);

    private WatchedResources() {
    }

    static List<String> list(KubernetesClient client, Set<String> namespaces) {
        List<String> keys = new ArrayList<>();
        for (Class<? extends HasMetadata> kind : KINDS) {
            List<? extends HasMetadata> items = namespaces.isEmpty()
                    ? client.resources(kind).inAnyNamespace().list().getItems()
                    : namespaces.stream().flatMap(ns -> client.resources(kind).inNamespace(ns).list().getItems()
                    .stream()).toList();
            items.forEach(r -> keys.add(ModelRegistry.key(kind.getSimpleName(), ResourceKey.of(r))));
        }
        return keys;
    }
}
