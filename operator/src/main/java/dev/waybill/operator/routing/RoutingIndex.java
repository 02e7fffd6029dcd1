package dev.waybill.operator.routing;

import dev.waybill.operator.model.CompiledModel;
import dev.waybill.operator.model.CompiledNode;
import dev.waybill.operator.model.CompiledPolicy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One snapshot's nodes and policies, grouped by namespace and pre-digested for routing: nodes in name order,
 * policies by priority (highest first, then name), and a table of the distinct cut-off zones so a decision looks
 * each zone up once. Immutable; built once per snapshot.
 */
final class RoutingIndex {

    /** One namespace's share. */
    record Namespace(NodeProfile[] nodes, PolicyRules[] policies) {
    }

    private static final Namespace EMPTY_NAMESPACE = new Namespace(new NodeProfile[0], new PolicyRules[0]);

    static final Comparator<PolicyRules> POLICY_ORDER = Comparator.<PolicyRules>comparingInt(p -> -p.priority)
            .thenComparing(p -> p.name);

    final CompiledModel model;
    private final Map<String, Namespace> namespaces;
    private final ZoneRules[] zones;

    private RoutingIndex(CompiledModel model, Map<String, Namespace> namespaces, ZoneRules[] zones) {
        this.model = model;
        this.namespaces = namespaces;
        this.zones = zones;
    }

    static RoutingIndex of(CompiledModel model) {
        Map<ZoneId, Integer> slots = new LinkedHashMap<>();
        List<ZoneRules> zones = new ArrayList<>();
        Map<String, List<CompiledNode>> nodes = new HashMap<>();
        model.nodes().values().forEach(n -> nodes.computeIfAbsent(n.key().namespace(), ns -> new ArrayList<>()).add(n));
        Map<String, List<CompiledPolicy>> policies = new HashMap<>();
        model.policies().values().forEach(p -> policies.computeIfAbsent(p.key().namespace(), ns -> new ArrayList<>())
                .add(p));
        Map<String, Namespace> namespaces = new HashMap<>();
        for (String ns : namespaceNames(nodes, policies)) {
            List<CompiledNode> sorted = new ArrayList<>(nodes.getOrDefault(ns, List.of()));
            sorted.sort(Comparator.comparing(n -> n.key().name()));
            NodeProfile[] profiles = new NodeProfile[sorted.size()];
            for (int i = 0; i < profiles.length; i++) {
                ZoneId zone = NodeProfile.zoneOf(sorted.get(i));
                int slot = slots.computeIfAbsent(zone, z -> {
                    zones.add(z.getRules());
                    return zones.size() - 1;
                });
                profiles[i] = new NodeProfile(sorted.get(i), zone, slot, i);
            }
            PolicyRules[] rules = policies.getOrDefault(ns, List.of()).stream()
                    .map(p -> new PolicyRules(p, profiles)).sorted(POLICY_ORDER).toArray(PolicyRules[]::new);
            namespaces.put(ns, new Namespace(profiles, rules));
        }
        return new RoutingIndex(model, Map.copyOf(namespaces), zones.toArray(ZoneRules[]::new));
    }

    private static Set<String> namespaceNames(Map<String, ?> nodes, Map<String, ?> policies) {
        Set<String> names = new TreeSet<>(nodes.keySet());
        names.addAll(policies.keySet());
        return names;
    }

    Namespace namespace(String namespace) {
        return namespaces.getOrDefault(namespace, EMPTY_NAMESPACE);
    }

    /** A clock for one decision over this snapshot's nodes. */
    ZoneClock clock(Instant now, Instant promisedBy) {
        return new ZoneClock(now, promisedBy, zones);
    }
}
