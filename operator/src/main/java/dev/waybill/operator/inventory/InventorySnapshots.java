package dev.waybill.operator.inventory;

import dev.waybill.operator.model.ResourceKey;
import dev.waybill.operator.routing.StockLevels;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The last availability snapshot each node without real-time inventory pushed
 * ({@code PUT /api/v1/nodes/{node}/inventory}). A new snapshot replaces the old one whole, so a SKU it omits is
 * unknown again rather than stale. Held in memory: nodes push snapshots on their own schedule, and after a restart
 * the router treats stock as unknown (available) until the next one.
 *
 * <p>A vendor refusing a shipment for stock is remembered too, as zero of those SKUs at that node for
 * {@link #REFUSAL_MEMORY} (or until the node's next snapshot), so the refused lines are routed elsewhere.
 */
@Singleton
public class InventorySnapshots implements StockLevels {

    /** One node's snapshot: available quantity by SKU, and when it arrived. */
    public record Snapshot(Map<String, Integer> available, Instant receivedAt) {
    }

    /** How long a vendor's refusal for stock keeps its node out of routing for those SKUs. */
    public static final Duration REFUSAL_MEMORY = Duration.ofMinutes(10);

    private final Map<ResourceKey, Snapshot> snapshots = new ConcurrentHashMap<>();
    private final Map<ResourceKey, Map<String, Instant>> refusals = new ConcurrentHashMap<>();
    private final Clock clock;

    InventorySnapshots(Clock clock) {
        this.clock = clock;
    }

    public void replace(ResourceKey node, Map<String, Integer> available, Instant at) {
        snapshots.put(node, new Snapshot(Map.copyOf(available), at));
        refusals.remove(node);
    }

    /** The vendor of {@code node} refused these SKUs for stock at {@code at}. */
    public void refused(ResourceKey node, Collection<String> skus, Instant at) {
        Map<String, Instant> byNode = refusals.computeIfAbsent(node, n -> new ConcurrentHashMap<>());
        skus.forEach(sku -> byNode.put(sku, at.plus(REFUSAL_MEMORY)));
    }

    public Snapshot snapshot(ResourceKey node) {
        return snapshots.get(node);
    }

    @Override
    public OptionalInt available(ResourceKey node, String sku) {
        Map<String, Instant> refused = refusals.get(node);
        Instant until = refused == null ? null : refused.get(sku);
        if (until != null && clock.instant().isBefore(until)) {
            return OptionalInt.of(0);
        }
        Snapshot snapshot = snapshots.get(node);
        Integer quantity = snapshot == null ? null : snapshot.available().get(sku);
        return quantity == null ? OptionalInt.empty() : OptionalInt.of(quantity);
    }
}
