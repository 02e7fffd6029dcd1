package dev.waybill.simulator.gate;

import dev.waybill.simulator.Faults;
import dev.waybill.simulator.Vendor;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** The faults in force, one set per vendor; a vendor never told anything behaves well. */
@ApplicationScoped
public class FaultBook {

    private final Map<String, Faults> faults = new ConcurrentHashMap<>();

    /** That vendor's faults, every field spelled out. */
    public Faults of(Vendor vendor) {
        return faults.getOrDefault(vendor.id(), Faults.none(vendor.id()));
    }

    /** Replaces that vendor's faults at once; omitted fields are no fault. */
    public Faults apply(Faults request) {
        Faults normalized = request.normalized();
        faults.put(normalized.vendor(), normalized);
        return normalized;
    }

    /** Every vendor's faults, by vendor name. */
    public Map<String, Faults> all() {
        return new TreeMap<>(faults);
    }

    /** Every vendor back to good behaviour. */
    public void clear() {
        faults.clear();
    }
}
