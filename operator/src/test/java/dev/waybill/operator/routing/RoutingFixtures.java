package dev.waybill.operator.routing;

import dev.waybill.adapter.model.Address;
import dev.waybill.adapter.model.CanonicalOrder;
import dev.waybill.adapter.model.OrderLine;
import dev.waybill.api.v1alpha1.meta.Capability;
import dev.waybill.api.v1alpha1.meta.LocalRef;
import dev.waybill.api.v1alpha1.meta.ShippingMethod;
import dev.waybill.api.v1alpha1.node.Capacity;
import dev.waybill.api.v1alpha1.node.Cutoff;
import dev.waybill.api.v1alpha1.node.FulfillmentNodeSpec;
import dev.waybill.api.v1alpha1.node.Location;
import dev.waybill.api.v1alpha1.node.NodeType;
import dev.waybill.api.v1alpha1.policy.Backorder;
import dev.waybill.api.v1alpha1.policy.BackorderAction;
import dev.waybill.api.v1alpha1.policy.Candidates;
import dev.waybill.api.v1alpha1.policy.NoCandidateAction;
import dev.waybill.api.v1alpha1.policy.PolicyMode;
import dev.waybill.api.v1alpha1.policy.Rollout;
import dev.waybill.api.v1alpha1.policy.RoutingPolicySpec;
import dev.waybill.api.v1alpha1.policy.Scoring;
import dev.waybill.api.v1alpha1.policy.ScoringWeights;
import dev.waybill.api.v1alpha1.policy.Split;
import dev.waybill.operator.expression.CelOrderPredicates;
import dev.waybill.operator.expression.CompiledPredicate;
import dev.waybill.adapter.expression.ExpressionException;
import dev.waybill.operator.model.CompiledModel;
import dev.waybill.operator.model.CompiledNode;
import dev.waybill.operator.model.CompiledPolicy;
import dev.waybill.operator.model.ResourceKey;
import dev.waybill.operator.policy.NodeSelectors;
import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** Hand-built nodes, policies, orders, stock and load for the routing tests: no Kubernetes, no mocks. */
final class RoutingFixtures {

    static final String NS = "shop";
    /** Friday 2026-11-27 15:00 UTC: 09:00 in Chicago, 10:00 in New York, 16:00 in Berlin, Sat 00:00 in Tokyo. */
    static final Instant NOW = Instant.parse("2026-11-27T15:00:00Z");
    /** Springfield, IL. */
    static final double SPRINGFIELD_LAT = 39.78;
    static final double SPRINGFIELD_LON = -89.65;

    private RoutingFixtures() {
    }

    static NodeBuilder node(String name) {
        return new NodeBuilder(name);
    }

    static PolicyBuilder policy(String name) {
        return new PolicyBuilder(name);
    }

    static OrderBuilder order(String id) {
        return new OrderBuilder(id);
    }

    static CompiledModel model(List<CompiledNode> nodes, List<CompiledPolicy> policies) {
        Map<ResourceKey, CompiledNode> n = new LinkedHashMap<>();
        nodes.forEach(x -> n.put(x.key(), x));
        Map<ResourceKey, CompiledPolicy> p = new LinkedHashMap<>();
        policies.forEach(x -> p.put(x.key(), x));
        return new CompiledModel(1, Map.copyOf(n), Map.copyOf(p), Map.of(), Map.of());
    }

    static NodeProfile profile(CompiledNode node) {
        return new NodeProfile(node);
    }

    static PolicyRules rules(CompiledPolicy policy) {
        return new PolicyRules(policy);
    }

    static FilterContext context(CompiledPolicy policy, CanonicalOrder order, Instant now, NodeLoad load) {
        return new FilterContext(rules(policy), new OrderProfile(order), now, load);
    }

    static RouteResult decide(CompiledModel model, CanonicalOrder order, StockLevels stock, NodeLoad load) {
        return new Router().decide(RouteRequest.of(model, NS, order, NOW, load, stock));
    }

    static RouteResult decide(CompiledModel model, CanonicalOrder order, StockLevels stock) {
        return decide(model, order, stock, NodeLoad.IDLE);
    }

    static Shipment shipment(String node, String... lines) {
        return new Shipment(new ResourceKey(NS, node), List.of(lines));
    }

    static final class NodeBuilder {
        private final String name;
        private final FulfillmentNodeSpec spec = new FulfillmentNodeSpec();
        private final Map<String, String> labels = new HashMap<>();
        private Optional<ZoneId> zone = Optional.empty();
        private boolean adapterAvailable = true;
        private String namespace = NS;

        NodeBuilder(String name) {
            this.name = name;
            spec.type = NodeType.Warehouse;
            spec.location = new Location();
            spec.location.country = "US";
            spec.adapterRef = new LocalRef();
            spec.adapterRef.name = "acme";
        }

        NodeBuilder at(double lat, double lon) {
            spec.location.latitude = lat;
            spec.location.longitude = lon;
            return this;
        }

        NodeBuilder cost(String cost) {
            spec.costPerShipment = cost;
            return this;
        }

        NodeBuilder capabilities(Capability... capabilities) {
            spec.capabilities = new ArrayList<>(List.of(capabilities));
            return this;
        }

        NodeBuilder methods(ShippingMethod... methods) {
            spec.shippingMethods = new ArrayList<>(List.of(methods));
            return this;
        }

        NodeBuilder cutoff(String time, String timeZone) {
            spec.cutoff = new Cutoff();
            spec.cutoff.time = time;
            spec.cutoff.timeZone = timeZone;
            zone = Optional.of(ZoneId.of(timeZone));
            return this;
        }

        NodeBuilder capacity(Integer ordersPerHour, Integer maxBacklog) {
            spec.capacity = new Capacity();
            spec.capacity.ordersPerHour = ordersPerHour;
            spec.capacity.maxBacklog = maxBacklog;
            return this;
        }

        NodeBuilder paused() {
            spec.paused = true;
            return this;
        }

        NodeBuilder adapterDown() {
            adapterAvailable = false;
            return this;
        }

        NodeBuilder label(String key, String value) {
            labels.put(key, value);
            return this;
        }

        NodeBuilder namespace(String ns) {
            namespace = ns;
            return this;
        }

        CompiledNode build() {
            return new CompiledNode(new ResourceKey(namespace, name), 1, Map.copyOf(labels), spec, zone,
                    adapterAvailable);
        }
    }

    static final class PolicyBuilder {
        private final String name;
        private final RoutingPolicySpec spec = new RoutingPolicySpec();
        private CompiledPredicate match;
        private Map<String, String> selector;
        private String namespace = NS;

        PolicyBuilder(String name) {
            this.name = name;
        }

        PolicyBuilder priority(int priority) {
            spec.priority = priority;
            return this;
        }

        PolicyBuilder match(String cel) {
            spec.match = cel;
            try {
                match = CelOrderPredicates.compile(cel);
            } catch (ExpressionException e) {
                throw new IllegalArgumentException(e);
            }
            return this;
        }

        PolicyBuilder mode(PolicyMode mode) {
            spec.mode = mode;
            return this;
        }

        PolicyBuilder rollout(int percent) {
            spec.rollout = new Rollout();
            spec.rollout.percent = percent;
            return this;
        }

        PolicyBuilder selector(String key, String value) {
            selector = Map.of(key, value);
            return this;
        }

        PolicyBuilder require(Capability... capabilities) {
            spec.candidates = new Candidates();
            spec.candidates.requiredCapabilities = new ArrayList<>(List.of(capabilities));
            return this;
        }

        PolicyBuilder weights(double distance, double cost, double load, double promise) {
            spec.scoring = new Scoring();
            spec.scoring.weights = new ScoringWeights();
            spec.scoring.weights.distance = distance;
            spec.scoring.weights.cost = cost;
            spec.scoring.weights.load = load;
            spec.scoring.weights.promise = promise;
            return this;
        }

        PolicyBuilder split(int maxShipments) {
            spec.split = new Split();
            spec.split.allowed = true;
            spec.split.maxShipments = maxShipments;
            return this;
        }

        PolicyBuilder backorder(BackorderAction action, Integer maxHoldMinutes) {
            spec.backorder = new Backorder();
            spec.backorder.action = action;
            spec.backorder.maxHoldMinutes = maxHoldMinutes;
            return this;
        }

        PolicyBuilder onNoCandidate(NoCandidateAction action) {
            spec.onNoCandidate = action;
            return this;
        }

        PolicyBuilder namespace(String ns) {
            namespace = ns;
            return this;
        }

        CompiledPolicy build() {
            return new CompiledPolicy(new ResourceKey(namespace, name), 1, spec, match,
                    selector == null ? null
                            : NodeSelectors.compile(new LabelSelectorBuilder().withMatchLabels(selector).build()));
        }
    }

    static final class OrderBuilder {
        private final String id;
        private ShippingMethod method = ShippingMethod.STANDARD;
        private Instant promisedBy;
        private Double lat = SPRINGFIELD_LAT;
        private Double lon = SPRINGFIELD_LON;
        private String country = "US";
        private final List<OrderLine> lines = new ArrayList<>();

        OrderBuilder(String id) {
            this.id = id;
        }

        OrderBuilder method(ShippingMethod method) {
            this.method = method;
            return this;
        }

        OrderBuilder promisedBy(String instant) {
            this.promisedBy = Instant.parse(instant);
            return this;
        }

        OrderBuilder shipTo(Double lat, Double lon) {
            this.lat = lat;
            this.lon = lon;
            return this;
        }

        OrderBuilder country(String country) {
            this.country = country;
            return this;
        }

        OrderBuilder line(String lineId, String sku, int quantity) {
            lines.add(new OrderLine(lineId, sku, quantity, "EA", new BigDecimal("9.99"), 0.5));
            return this;
        }

        CanonicalOrder build() {
            List<OrderLine> l = lines.isEmpty() ? List.of(new OrderLine("1", "ABC-123", 1, "EA",
                    new BigDecimal("9.99"), 0.5)) : lines;
            return new CanonicalOrder("1", id, "web-us", NOW.minusSeconds(60), "USD", null,
                    new Address("A B", "1 Main St", null, "Springfield", "IL", "62701", country, lat, lon),
                    method, promisedBy, l, null);
        }
    }

    /** Known stock per (node, SKU); anything not set is unknown (so available). */
    static final class StockTable implements StockLevels {
        private final Map<String, Integer> levels = new HashMap<>();

        StockTable set(String node, String sku, int available) {
            levels.put(node + "|" + sku, available);
            return this;
        }

        @Override
        public OptionalInt available(ResourceKey node, String sku) {
            Integer level = levels.get(node.name() + "|" + sku);
            return level == null ? OptionalInt.empty() : OptionalInt.of(level);
        }
    }

    /** Live load per node; zero unless set. */
    static final class LoadTable implements NodeLoad {
        private final Map<String, int[]> loads = new HashMap<>();

        LoadTable set(String node, int backlog, int ordersLastHour) {
            loads.put(node, new int[] {backlog, ordersLastHour});
            return this;
        }

        @Override
        public int backlog(ResourceKey node) {
            return loads.getOrDefault(node.name(), new int[2])[0];
        }

        @Override
        public int ordersLastHour(ResourceKey node) {
            return loads.getOrDefault(node.name(), new int[2])[1];
        }
    }
}
