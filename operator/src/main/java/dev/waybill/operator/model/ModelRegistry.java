package dev.waybill.operator.model;

import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Holds the current {@link CompiledModel}. Writers (the reconcilers) swap in a new snapshot per change; readers get
 * the current one with a single volatile read.
 *
 * <p>The model is <em>built</em> once every resource that existed when this replica started reconciling has been
 * reconciled at least once (put, or removed as invalid). Until then the orchestrator's workers wait: routing with
 * half a model would send orders on hold for want of a policy, and dispatching would find no node.
 */
@Singleton
public class ModelRegistry {

    private final AtomicReference<CompiledModel> current = new AtomicReference<>(CompiledModel.EMPTY);
    private final Set<String> reconciled = ConcurrentHashMap.newKeySet();
    private volatile Set<String> expected;
    private volatile boolean built;

    /**
     * The resources this replica must reconcile before the model counts as built, as {@code Kind:namespace/name}
     * (see {@link #key(String, ResourceKey)}).
     */
    public void expect(Collection<String> resources) {
        expected = Set.copyOf(resources);
    }

    /** Whether every expected resource has been reconciled once since this replica began reconciling. */
    public boolean built() {
        if (!built) {
            Set<String> wanted = expected;
            built = wanted != null && reconciled.containsAll(wanted);
        }
        return built;
    }

    public static String key(String kind, ResourceKey key) {
        return kind + ":" + key;
    }

    /** The snapshot in force now. */
    public CompiledModel snapshot() {
        return current.get();
    }

    public void putNode(CompiledNode node) {
        reconciled.add(key("FulfillmentNode", node.key()));
        update(m -> with(m, m.nodes(), node.key(), node, nodes -> rebuild(m, nodes, null, null, null)));
    }

    public void removeNode(ResourceKey key) {
        reconciled.add(key("FulfillmentNode", key));
        update(m -> with(m, m.nodes(), key, null, nodes -> rebuild(m, nodes, null, null, null)));
    }

    public void putPolicy(CompiledPolicy policy) {
        reconciled.add(key("RoutingPolicy", policy.key()));
        update(m -> with(m, m.policies(), policy.key(), policy, p -> rebuild(m, null, p, null, null)));
    }

    public void removePolicy(ResourceKey key) {
        reconciled.add(key("RoutingPolicy", key));
        update(m -> with(m, m.policies(), key, null, p -> rebuild(m, null, p, null, null)));
    }

    public void putContract(CompiledContract contract) {
        reconciled.add(key("AdapterContract", contract.key()));
        update(m -> with(m, m.contracts(), contract.key(), contract, c -> rebuild(m, null, null, c, null)));
    }

    public void removeContract(ResourceKey key) {
        reconciled.add(key("AdapterContract", key));
        update(m -> with(m, m.contracts(), key, null, c -> rebuild(m, null, null, c, null)));
    }

    public void putSource(CompiledSource source) {
        reconciled.add(key("OrderSource", source.key()));
        update(m -> with(m, m.sources(), source.key(), source, s -> rebuild(m, null, null, null, s)));
    }

    public void removeSource(ResourceKey key) {
        reconciled.add(key("OrderSource", key));
        update(m -> with(m, m.sources(), key, null, s -> rebuild(m, null, null, null, s)));
    }

    private void update(UnaryOperator<CompiledModel> change) {
        current.updateAndGet(change);
    }

    /**
     * The model with one entry of one map replaced, or removed when value is null. Removing what is absent keeps
     * the model as it is; a put always publishes, since compiled entries hold fresh expression objects.
     */
    private static <V> CompiledModel with(CompiledModel model, Map<ResourceKey, V> map, ResourceKey key, V value,
                                          Function<Map<ResourceKey, V>, CompiledModel> rebuild) {
        if (value == null && !map.containsKey(key)) {
            return model;
        }
        Map<ResourceKey, V> copy = new HashMap<>(map);
        if (value == null) {
            copy.remove(key);
        } else {
            copy.put(key, value);
        }
        return rebuild.apply(Map.copyOf(copy));
    }

    private static CompiledModel rebuild(CompiledModel m, Map<ResourceKey, CompiledNode> nodes,
                                         Map<ResourceKey, CompiledPolicy> policies,
                                         Map<ResourceKey, CompiledContract> contracts,
                                         Map<ResourceKey, CompiledSource> sources) {
        return new CompiledModel(m.version() + 1,
                nodes != null ? nodes : m.nodes(),
                policies != null ? policies : m.policies(),
                contracts != null ? contracts : m.contracts(),
                sources != null ? sources : m.sources());
    }
}
