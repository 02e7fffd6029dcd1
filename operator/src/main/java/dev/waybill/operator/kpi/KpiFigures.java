package dev.waybill.operator.kpi;

import dev.waybill.api.v1alpha1.contract.AdapterContract;
import dev.waybill.api.v1alpha1.node.FulfillmentNode;
import dev.waybill.api.v1alpha1.policy.RoutingPolicy;
import dev.waybill.api.v1alpha1.source.OrderSource;
import dev.waybill.operator.live.ResourceCaches;
import dev.waybill.operator.model.CompiledModel;
import dev.waybill.operator.model.ModelRegistry;
import dev.waybill.operator.model.ResourceKey;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The figures of every resource, made on first use. A resource's meters carry its {@code waybill.dev/team} label as
 * {@code team} (read once, when they are made), so an alert on them reaches the team that owns it. Orders with no
 * policy count under the pseudo-policy {@code (none)}, orders routed before this process started under
 * {@code (unknown)}, and canonical orders posted to the API under the pseudo-source {@code (api)}: parentheses are
 * not allowed in resource names, so these never collide with one. A namespace named by a request that holds no
 * Waybill resource is counted as {@code (other)}: tags never take a value a client made up.
 */
@Singleton
public class KpiFigures {

    static final String TEAM_LABEL = "waybill.dev/team";
    static final String NO_POLICY = "(none)";
    static final String UNKNOWN_POLICY = "(unknown)";
    static final String API_SOURCE = "(api)";
    static final String OTHER_NAMESPACE = "(other)";
    /** Rolling windows are cut into this many slices: a window covers between 90% and all of its length. */
    private static final int SLICES = 10;

    private final MeterRegistry registry;
    private final ResourceCaches caches;
    private final ModelRegistry model;
    private final Clock clock;
    private final Duration window;
    private final Map<ResourceKey, PolicyFigures> policies = new ConcurrentHashMap<>();
    private final Map<ResourceKey, NodeFigures> nodes = new ConcurrentHashMap<>();
    private final Map<ResourceKey, SourceFigures> sources = new ConcurrentHashMap<>();
    private final Map<ResourceKey, ContractFigures> contracts = new ConcurrentHashMap<>();

    @Inject
    KpiFigures(MeterRegistry registry, ResourceCaches caches, ModelRegistry model, Clock clock, KpiConfig config) {
        this(registry, caches, model, clock, Duration.ofSeconds(config.windowSeconds()));
    }

    KpiFigures(MeterRegistry registry, ResourceCaches caches, ModelRegistry model, Clock clock, Duration window) {
        this.registry = registry;
        this.caches = caches;
        this.model = model;
        this.clock = clock;
        this.window = window;
    }

    /** The namespace as a tag value: itself when it holds a Waybill resource, else {@code (other)}. */
    String namespace(String requested) {
        CompiledModel m = model.snapshot();
        boolean known = m.policies().keySet().stream().anyMatch(k -> k.namespace().equals(requested))
                || m.sources().keySet().stream().anyMatch(k -> k.namespace().equals(requested))
                || m.nodes().keySet().stream().anyMatch(k -> k.namespace().equals(requested));
        return known ? requested : OTHER_NAMESPACE;
    }

    /** Whether the model holds this source: only a valid source takes orders. */
    boolean knownSource(String namespace, String name) {
        return model.snapshot().sources().containsKey(new ResourceKey(namespace, name));
    }

    int windowSeconds() {
        return (int) window.toSeconds();
    }

    PolicyFigures policy(ResourceKey key) {
        return policies.computeIfAbsent(key, k -> new PolicyFigures(meters(RoutingPolicy.class, "policy", k),
                clock, window, SLICES));
    }

    Optional<PolicyFigures> existingPolicy(ResourceKey key) {
        return Optional.ofNullable(policies.get(key));
    }

    NodeFigures node(ResourceKey key) {
        return nodes.computeIfAbsent(key, k -> new NodeFigures(meters(FulfillmentNode.class, "node", k),
                clock, window, SLICES));
    }

    SourceFigures source(ResourceKey key) {
        return sources.computeIfAbsent(key, k -> new SourceFigures(meters(OrderSource.class, "source", k)));
    }

    ContractFigures contract(ResourceKey key) {
        return contracts.computeIfAbsent(key, k -> new ContractFigures(meters(AdapterContract.class, "contract", k),
                window));
    }

    /** Drops the figures and meters of resources that are gone; pseudo-resources (in parentheses) stay. */
    void retain(Set<ResourceKey> policies, Set<ResourceKey> nodes, Set<ResourceKey> sources,
                Set<ResourceKey> contracts) {
        this.policies.entrySet().removeIf(e -> gone(e.getKey(), policies) && removed(e.getValue()::remove));
        this.nodes.entrySet().removeIf(e -> gone(e.getKey(), nodes) && removed(e.getValue()::remove));
        this.sources.entrySet().removeIf(e -> gone(e.getKey(), sources) && removed(e.getValue()::remove));
        this.contracts.entrySet().removeIf(e -> gone(e.getKey(), contracts) && removed(e.getValue()::remove));
    }

    private static boolean gone(ResourceKey key, Set<ResourceKey> present) {
        return !key.name().startsWith("(") && !present.contains(key);
    }

    private static boolean removed(Runnable remove) {
        remove.run();
        return true;
    }

    private ResourceMeters meters(Class<? extends HasMetadata> kind, String tag, ResourceKey key) {
        String team = caches.get(kind, key).map(r -> r.getMetadata().getLabels())
                .map(labels -> labels.get(TEAM_LABEL)).orElse("");
        return new ResourceMeters(registry, Tags.of("namespace", key.namespace(), tag, key.name(), "team", team));
    }
}
