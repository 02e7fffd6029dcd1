package dev.waybill.operator.fulfillment;

import dev.waybill.operator.store.ShipmentLine;
import dev.waybill.operator.store.ShipmentRecord;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Shipments for table tests, written compactly: {@code shipment("s1", "Accepted", "A:2:0:0", "B:1:1:0")}. */
final class Shipments {

    static final Instant T0 = Instant.parse("2026-11-27T10:00:00Z");

    private Shipments() {
    }

    /** Each line as {@code sku:quantity:shipped:cancelled[:cancelRequested]}, line ids 1, 2, ... */
    static ShipmentRecord shipment(String id, String state, String... lines) {
        List<ShipmentLine> parsed = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String[] p = lines[i].split(":");
            int cancelled = Integer.parseInt(p[3]);
            parsed.add(new ShipmentLine(String.valueOf(i + 1), p[0], Integer.parseInt(p[1]), Integer.parseInt(p[2]),
                    cancelled, p.length > 4 ? Integer.parseInt(p[4]) : cancelled));
        }
        return new ShipmentRecord(id, "o1", "node-" + id, "acme", state, parsed, null, null, T0, T0);
    }

    /** The lines back in the compact form. */
    static List<String> lines(ShipmentRecord shipment) {
        return shipment.lines().stream().map(l -> l.sku() + ":" + l.quantity() + ":" + l.shipped() + ":"
                + l.cancelled() + ":" + l.cancelRequested()).toList();
    }
}
