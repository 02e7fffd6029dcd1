package dev.waybill.simulator.ledger;

import dev.waybill.simulator.Vendor;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Every fulfillment every vendor holds, by Waybill's reference (to count duplicates) and by the vendor's own id (to
 * act on one). This is what {@code /_sim/ledger} shows and what tests judge Waybill by.
 */
@ApplicationScoped
public class Ledger {

    private final Map<String, LedgerEntry> byReference = new ConcurrentHashMap<>();
    private final Map<String, Fulfillment> byVendorReference = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();

    /** Records one creation by the vendor; a second one for the same reference is a duplicate. */
    public void record(Fulfillment fulfillment) {
        byVendorReference.putIfAbsent(key(fulfillment.vendor(), fulfillment.id()), fulfillment);
        // added inside compute, so that no reader ever sees an entry without its first fulfillment
        byReference.compute(key(fulfillment.vendor(), fulfillment.reference()), (k, entry) -> {
            LedgerEntry held = entry != null ? entry : new LedgerEntry(sequence.incrementAndGet());
            held.add(fulfillment);
            return held;
        });
    }

    /** The fulfillment with that vendor id. */
    public Optional<Fulfillment> find(Vendor vendor, String vendorReference) {
        return Optional.ofNullable(byVendorReference.get(key(vendor, vendorReference)));
    }

    /** What the vendor created for that reference, first first; empty when nothing. */
    public List<Fulfillment> forReference(Vendor vendor, String reference) {
        LedgerEntry entry = byReference.get(key(vendor, reference));
        return entry == null ? List.of() : entry.fulfillments();
    }

    /** Whether the fulfillment is still held (a reset forgets everything, and what was pending for it stops). */
    public boolean holds(Fulfillment fulfillment) {
        return byVendorReference.get(key(fulfillment.vendor(), fulfillment.id())) == fulfillment;
    }

    /** The whole ledger, in the order references first reached a vendor. */
    public List<LedgerView> view() {
        return byReference.values().stream().sorted(Comparator.comparingLong(entry -> entry.sequence))
                .map(LedgerEntry::view).toList();
    }

    /** Forgets everything. */
    public void clear() {
        byReference.clear();
        byVendorReference.clear();
    }

    private static String key(Vendor vendor, String reference) {
        return vendor.id() + '\n' + reference;
    }
}
