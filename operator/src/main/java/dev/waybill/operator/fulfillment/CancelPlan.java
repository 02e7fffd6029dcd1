package dev.waybill.operator.fulfillment;

import dev.waybill.api.v1alpha1.meta.Capability;
import dev.waybill.operator.store.ShipmentLine;
import dev.waybill.operator.store.ShipmentRecord;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What a cancellation does to each shipment, by the node's capabilities: a pure function, tested as a table.
 * Lines not yet at a vendor are cancelled here; lines at a vendor are asked to be cancelled there (FullCancellation
 * for all of an unshipped shipment, PartialCancellation for anything less, and the contract's {@code cancel});
 * a shipment whose node cannot cancel is left as it is and reported, for a person.
 *
 * @param shipments    the shipments that changed
 * @param vendorCancels the cancellations to ask of vendors
 * @param unsupported  shipments whose node cannot cancel what was asked, with why
 */
public record CancelPlan(List<ShipmentRecord> shipments, List<VendorCancel> vendorCancels,
                         List<Unsupported> unsupported) {

    /** Quantities to cancel at a vendor, by line. */
    public record VendorCancel(String shipmentId, List<ShipmentLine> lines) {
    }

    /** A shipment whose node cannot do the cancellation. */
    public record Unsupported(String shipmentId, String node, String message) {
    }

    /** What a node can do, as the plan needs it. */
    public record NodeAbility(Set<Capability> capabilities, boolean contractCancels) {
    }

    /**
     * Plans {@code request} over {@code shipments}; the request was checked by {@link CancelCheck} first.
     *
     * @param ability what the node of a shipment can do
     */
    public static CancelPlan of(List<ShipmentRecord> shipments, CancelRequest request,
                                Function<ShipmentRecord, NodeAbility> ability, Instant at) {
        Map<String, Integer> wanted = new LinkedHashMap<>(request.lines());
        List<ShipmentRecord> changed = new ArrayList<>();
        List<VendorCancel> cancels = new ArrayList<>();
        List<Unsupported> unsupported = new ArrayList<>();
        for (ShipmentRecord shipment : shipments) {
            if (ShipmentState.valueOf(shipment.state()).terminal) {
                continue;
            }
            Map<String, Integer> take = take(shipment, request.isWhole(), wanted);
            if (take.isEmpty()) {
                continue;
            }
            if (ShipmentState.Pending.name().equals(shipment.state())) {
                changed.add(cancelHere(shipment, take, at));
                continue;
            }
            String refusal = refusal(shipment, take, ability.apply(shipment));
            if (refusal != null) {
                unsupported.add(new Unsupported(shipment.id(), shipment.node(), refusal));
                continue;
            }
            changed.add(request(shipment, take, at));
            cancels.add(new VendorCancel(shipment.id(), shipment.lines().stream()
                    .filter(l -> take.containsKey(l.lineId()))
                    .map(l -> new ShipmentLine(l.lineId(), l.sku(), take.get(l.lineId()), 0, 0, 0)).toList()));
        }
        return new CancelPlan(changed, cancels, unsupported);
    }

    /** The quantities of this shipment's lines to cancel, taken from what is still wanted. */
    private static Map<String, Integer> take(ShipmentRecord shipment, boolean whole, Map<String, Integer> wanted) {
        Map<String, Integer> take = new LinkedHashMap<>();
        for (ShipmentLine line : shipment.lines()) {
            int want = whole ? line.open() : Math.min(line.open(), wanted.getOrDefault(line.lineId(), 0));
            if (want > 0) {
                take.put(line.lineId(), want);
                wanted.computeIfPresent(line.lineId(), (id, left) -> left - want);
            }
        }
        return take;
    }

    private static String refusal(ShipmentRecord shipment, Map<String, Integer> take, NodeAbility ability) {
        boolean all = shipment.lines().stream().allMatch(l -> l.shipped() == 0
                && take.getOrDefault(l.lineId(), 0) == l.open());
        Capability needed = all ? Capability.FullCancellation : Capability.PartialCancellation;
        boolean can = ability.capabilities().contains(needed)
                || (all && ability.capabilities().contains(Capability.PartialCancellation));
        if (!can) {
            return "node " + shipment.node() + " lacks " + needed + " (shipment " + shipment.id() + " is at the vendor)";
        }
        return ability.contractCancels() ? null
                : "the contract of node " + shipment.node() + " has no cancel operation";
    }

    private static ShipmentRecord cancelHere(ShipmentRecord shipment, Map<String, Integer> take, Instant at) {
        List<ShipmentLine> lines = shipment.lines().stream().map(l -> {
            int q = take.getOrDefault(l.lineId(), 0);
            return new ShipmentLine(l.lineId(), l.sku(), l.quantity(), l.shipped(), l.cancelled() + q,
                    l.cancelRequested() + q);
        }).toList();
        boolean nothingLeft = lines.stream().allMatch(l -> l.toShip() == 0);
        ShipmentRecord next = shipment.withLines(lines, at);
        return nothingLeft ? next.withState(ShipmentState.Cancelled.name(), at) : next;
    }

    private static ShipmentRecord request(ShipmentRecord shipment, Map<String, Integer> take, Instant at) {
        return shipment.withLines(shipment.lines().stream().map(l -> new ShipmentLine(l.lineId(), l.sku(),
                l.quantity(), l.shipped(), l.cancelled(), Math.max(l.cancelled(), l.cancelRequested())
                + take.getOrDefault(l.lineId(), 0))).toList(), at);
    }
}
