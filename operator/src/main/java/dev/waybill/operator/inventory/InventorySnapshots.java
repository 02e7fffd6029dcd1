package dev.waybill.operator.inventory;

import dev.waybill.operator.model.ResourceKey;
import dev.waybill.operator.routing.StockLevels;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The last availability snapshot each node without real-time inventory pushed
 * ({@code PUT /api/v1/nodes/{node}/inventory}). A new snapshot replaces the old one whole, so a SKU it omits is
 * unknown again rather than stale. Held in memory: nodes push snapshots on their own schedule, and after a restart
 * the router treats stock as unknown (available) until the next one.
 */
@Singleton
public class InventorySnapshots implements StockLevels {

    /** One node's snapshot: available quantity by SKU, and when it arrived. */
    public record Snapshot(Map<String, Integer> available, Instant receivedAt) {
    }

    private final Map<ResourceKey, Snapshot> snapshots = new ConcurrentHashMap<>();

    public void replace(ResourceKey node, Map<String, Integer> available, Instant at) {
        snapshots.put(node, new Snapshot(Map.copyOf(available), at));
    }

    public Snapshot snapshot(ResourceKey node) {
        return snapshots.get(node);
    }

    @Override
    public OptionalInt available(ResourceKey node, String sku) {
        Snapshot snapshot = snapshots.get(node);
        Integer quantity = snapshot == null ? null : snapshot.available().get(sku);
        return quantity == null ? OptionalInt.empty() : OptionalInt.of(quantity);
    }
}
