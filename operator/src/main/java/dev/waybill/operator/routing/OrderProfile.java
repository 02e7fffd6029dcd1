package dev.waybill.operator.routing;

import dev.waybill.adapter.model.Address;
import dev.waybill.adapter.model.CanonicalOrder;
import dev.waybill.adapter.model.OrderLine;
import dev.waybill.api.v1alpha1.meta.ShippingMethod;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The facts of one order that routing reads, computed once per decision: shipping method (standard when
 * absent), promise, ship-to coordinates as a unit vector, line ids, and the lines grouped by SKU so that two lines of one
 * SKU draw on the same stock.
 */
final class OrderProfile {

    final CanonicalOrder order;
    final String orderId;
    final ShippingMethod shippingMethod;
    /** Null when the order promises no date. */
    final Instant promisedBy;
    /** Ship-to as a unit vector ({@link GreatCircle}), null without coordinates. */
    final double[] shipTo3d;
    final List<String> lineIds;
    final int[] quantities;
    /** Distinct SKUs, in first-appearance order. */
    final String[] skus;
    /** For each SKU of {@link #skus}, the indexes of its lines in line order. */
    final int[][] linesBySku;

    OrderProfile(CanonicalOrder order) {
        this.order = order;
        this.orderId = order.orderId() == null ? "" : order.orderId();
        this.shippingMethod = order.shippingMethod() == null ? ShippingMethod.STANDARD : order.shippingMethod();
        this.promisedBy = order.promisedBy();
        Address to = order.shipTo();
        boolean located = to != null && to.latitude() != null && to.longitude() != null;
        this.shipTo3d = located ? GreatCircle.unitVector(to.latitude(), to.longitude()) : null;
        List<OrderLine> lines = order.lines();
        List<String> ids = new ArrayList<>(lines.size());
        this.quantities = new int[lines.size()];
        Map<String, List<Integer>> bySku = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            OrderLine line = lines.get(i);
            ids.add(line.lineId() == null ? Integer.toString(i + 1) : line.lineId());
            quantities[i] = line.quantity();
            bySku.computeIfAbsent(line.sku() == null ? "" : line.sku(), s -> new ArrayList<>()).add(i);
        }
        this.lineIds = List.copyOf(ids);
        this.skus = bySku.keySet().toArray(String[]::new);
        this.linesBySku = bySku.values().stream()
                .map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
    }

    int lineCount() {
        return quantities.length;
    }

    boolean located() {
        return shipTo3d != null;
    }
}
