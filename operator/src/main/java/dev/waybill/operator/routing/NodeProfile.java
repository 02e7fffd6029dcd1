package dev.waybill.operator.routing;

import dev.waybill.api.v1alpha1.meta.Capability;
import dev.waybill.api.v1alpha1.meta.ShippingMethod;
import dev.waybill.api.v1alpha1.node.FulfillmentNodeSpec;
import dev.waybill.operator.model.CompiledNode;
import dev.waybill.operator.model.ResourceKey;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * A node's facts in the shape the filters and the scorer read on every decision, computed once per snapshot
 * (parsed cost and cut-off, coordinates in radians, enum sets): the hot path parses nothing.
 *
 * <p>Defaults for fields a hand-built spec may leave null: no shipping methods means <b>standard only</b> (every
 * node can ship standard; same-day needs a cut-off, which the API server demands only of nodes that list it);
 * no cut-off means the node ships today at any hour, with days counted in UTC; a cost that is absent or not a
 * decimal is unknown.
 */
final class NodeProfile {

    static final int UNSET = -1;

    final CompiledNode node;
    final ResourceKey key;
    final String name;
    final Map<String, String> labels;
    final Set<Capability> capabilities;
    final Set<ShippingMethod> shippingMethods;
    final boolean paused;
    final boolean adapterAvailable;
    final ZoneRules zone;
    /** Cut-off as seconds after local midnight, or {@link #UNSET}. */
    final int cutoffSecond;
    /** Location as a unit vector ({@link GreatCircle}), null when the node has no coordinates. */
    final double[] location3d;
    /** Cost per shipment, NaN when unknown. */
    final double cost;
    final int maxBacklog;
    final int ordersPerHour;

    /** The slot of {@link #zone} in the index's zone table, or -1 outside an index. */
    final int zoneSlot;
    /** Position in its namespace's name-ordered nodes, or -1 outside an index. */
    final int position;

    /** A node outside any index. */
    NodeProfile(CompiledNode node) {
        this(node, zoneOf(node), -1, -1);
    }

    NodeProfile(CompiledNode node, ZoneId zone, int zoneSlot, int position) {
        FulfillmentNodeSpec spec = spec(node);
        this.node = node;
        this.key = node.key();
        this.name = key.name();
        this.labels = node.labels() == null ? Map.of() : node.labels();
        this.capabilities = spec.capabilities == null || spec.capabilities.isEmpty()
                ? EnumSet.noneOf(Capability.class) : EnumSet.copyOf(spec.capabilities);
        this.shippingMethods = spec.shippingMethods == null || spec.shippingMethods.isEmpty()
                ? EnumSet.of(ShippingMethod.STANDARD) : EnumSet.copyOf(spec.shippingMethods);
        this.paused = Boolean.TRUE.equals(spec.paused);
        this.adapterAvailable = node.adapterAvailable();
        this.cutoffSecond = spec.cutoff == null ? UNSET : cutoffSecond(spec.cutoff.time);
        this.zone = zone.getRules();
        this.zoneSlot = zoneSlot;
        this.position = position;
        boolean located = spec.location != null && spec.location.latitude != null
                && spec.location.longitude != null;
        this.location3d = located ? GreatCircle.unitVector(spec.location.latitude, spec.location.longitude) : null;
        this.cost = cost(spec.costPerShipment);
        this.maxBacklog = spec.capacity == null || spec.capacity.maxBacklog == null ? UNSET : spec.capacity.maxBacklog;
        this.ordersPerHour = spec.capacity == null || spec.capacity.ordersPerHour == null
                ? UNSET : spec.capacity.ordersPerHour;
    }

    boolean located() {
        return location3d != null;
    }

    private static FulfillmentNodeSpec spec(CompiledNode node) {
        return node.spec() == null ? new FulfillmentNodeSpec() : node.spec();
    }

    /** The node's cut-off zone, UTC when it has none (or an unknown one: the reconciler reports that). */
    static ZoneId zoneOf(CompiledNode node) {
        FulfillmentNodeSpec spec = spec(node);
        if (node.cutoffZone() != null && node.cutoffZone().isPresent()) {
            return node.cutoffZone().get();
        }
        if (spec.cutoff != null && spec.cutoff.timeZone != null) {
            try {
                return ZoneId.of(spec.cutoff.timeZone);
            } catch (DateTimeException e) {
                return ZoneOffset.UTC;
            }
        }
        return ZoneOffset.UTC;
    }

    private static int cutoffSecond(String time) {
        try {
            return time == null ? UNSET : LocalTime.parse(time).toSecondOfDay();
        } catch (DateTimeException e) {
            return UNSET;
        }
    }

    private static double cost(String money) {
        try {
            return money == null ? Double.NaN : new BigDecimal(money.trim()).doubleValue();
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    @Override
    public String toString() {
        return "NodeProfile[" + key + "]";
    }
}
