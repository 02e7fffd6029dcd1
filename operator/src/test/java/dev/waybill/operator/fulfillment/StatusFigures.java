package dev.waybill.operator.fulfillment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.waybill.api.v1alpha1.contract.AdapterContract;
import dev.waybill.api.v1alpha1.node.FulfillmentNode;
import dev.waybill.api.v1alpha1.policy.RoutingPolicy;
import dev.waybill.api.v1alpha1.source.OrderSource;
import dev.waybill.operator.OperatorTestEnvironment;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.client.KubernetesClient;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the example resources show in {@code status.kpis} (and a contract's {@code circuitState}) at one moment, as
 * JSON, keyed {@code Kind/name}; and their resourceVersions, to tell whether anything was written.
 */
record StatusFigures(Map<String, JsonNode> byResource) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> TOTALS = Set.of("assigned", "shipped", "failed", "routed",
            "compensations", "deadLetters", "shadowCompared", "requests", "received", "accepted", "rejected");
    private static final List<Class<? extends CustomResource<?, ?>>> KINDS = List.of(FulfillmentNode.class,
            RoutingPolicy.class, AdapterContract.class, OrderSource.class);

    static StatusFigures read(KubernetesClient admin) {
        Map<String, JsonNode> figures = new HashMap<>();
        all(admin).forEach(r -> {
            JsonNode status = JSON.valueToTree(((CustomResource<?, ?>) r).getStatus());
            figures.put(r.getKind() + "/" + r.getMetadata().getName(), status == null ? NullNode.instance
                    : status);
        });
        return new StatusFigures(figures);
    }

    static Map<String, String> versions(KubernetesClient admin) {
        return all(admin).collect(Collectors.toMap(r -> r.getKind() + "/" + r.getMetadata().getName(),
                r -> r.getMetadata().getResourceVersion()));
    }

    private static Stream<HasMetadata> all(KubernetesClient admin) {
        return KINDS.stream().flatMap(kind -> admin.resources(kind).inNamespace(OperatorTestEnvironment.NAMESPACE)
                .list().getItems().stream().map(HasMetadata.class::cast));
    }

    /** One figure of one resource, e.g. {@code figure("FulfillmentNode/acme-newark", "assigned")}; 0 if absent. */
    long count(String resource, String figure) {
        return kpis(resource).path(figure).asLong(0);
    }

    /** The kpis object of one resource; a missing node when it has none. */
    JsonNode kpis(String resource) {
        return byResource.getOrDefault(resource, NullNode.instance).path("kpis");
    }

    JsonNode status(String resource) {
        return byResource.getOrDefault(resource, NullNode.instance);
    }

    /** Every counter of every resource (not rates or ages, which move as the windows slide). */
    Map<String, Long> totals() {
        Map<String, Long> totals = new TreeMap<>();
        byResource.forEach((resource, status) -> status.path("kpis").fields().forEachRemaining(f -> {
            if (TOTALS.contains(f.getKey())) {
                totals.put(resource + "/" + f.getKey(), f.getValue().asLong());
            }
        }));
        return totals;
    }

    /** How much a figure grew since {@code before}. */
    long delta(StatusFigures before, String resource, String figure) {
        return count(resource, figure) - before.count(resource, figure);
    }
}
