package dev.waybill.operator.reconcile;

import dev.waybill.api.v1alpha1.contract.AdapterContract;
import dev.waybill.api.v1alpha1.meta.Condition;
import dev.waybill.api.v1alpha1.meta.ResourceStatus;
import dev.waybill.api.v1alpha1.node.FulfillmentNode;
import dev.waybill.api.v1alpha1.policy.RoutingPolicy;
import dev.waybill.api.v1alpha1.source.OrderSource;
import dev.waybill.operator.OperatorTestEnvironment;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.client.KubernetesClient;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Reads Waybill resources and their conditions as an SRE would, through the admin client. */
final class Resources {

    static final List<Class<? extends CustomResource<?, ? extends ResourceStatus>>> KINDS =
            List.of(AdapterContract.class, FulfillmentNode.class, RoutingPolicy.class, OrderSource.class);

    private Resources() {
    }

    static <T extends CustomResource<?, ? extends ResourceStatus>> Optional<T> get(KubernetesClient client,
                                                                                   Class<T> kind, String name) {
        return Optional.ofNullable(client.resources(kind).inNamespace(OperatorTestEnvironment.NAMESPACE)
                .withName(name).get());
    }

    /** Every Waybill resource in the test namespace. */
    static Stream<CustomResource<?, ? extends ResourceStatus>> all(KubernetesClient client) {
        return KINDS.stream().flatMap(kind -> client.resources(kind).inNamespace(OperatorTestEnvironment.NAMESPACE)
                .list().getItems().stream().map(r -> (CustomResource<?, ? extends ResourceStatus>) r));
    }

    static Optional<Condition> condition(CustomResource<?, ? extends ResourceStatus> resource, String type) {
        return resource.getStatus() == null ? Optional.empty() : resource.getStatus().condition(type);
    }

    /** "True", "False", "Unknown", or "absent". */
    static String status(CustomResource<?, ? extends ResourceStatus> resource, String type) {
        return condition(resource, type).map(c -> c.status.name()).orElse("absent");
    }
}
