package dev.waybill.adapter.connector;

import dev.waybill.api.v1alpha1.meta.ShipmentState;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A contract's {@code spec.statusMapping}: the vendor's status words to Waybill's shipment states. Words are matched
 * exactly as the vendor writes them; a word the mapping lacks has no state (the caller keeps the word itself).
 */
public final class VendorStatuses {

    /** Where a translated answer keeps the vendor's own word. */
    public static final String VENDOR_STATUS = "vendorStatus";
    /** Where an answer carries the status. */
    public static final String STATUS = "status";

    private final Map<String, ShipmentState> mapping;

    private VendorStatuses(Map<String, ShipmentState> mapping) {
        this.mapping = mapping;
    }

    /** The translation of {@code statusMapping}, which may be null (then no word has a state). */
    public static VendorStatuses of(Map<String, ShipmentState> statusMapping) {
        return new VendorStatuses(statusMapping == null ? Map.of() : Map.copyOf(statusMapping));
    }

    /** The shipment state of {@code vendorWord}, if the mapping names one. */
    public Optional<ShipmentState> state(String vendorWord) {
        return vendorWord == null ? Optional.empty() : Optional.ofNullable(mapping.get(vendorWord));
    }

    /**
     * A copy of a mapped answer whose {@code status} (if any) is translated: the state's name, or null for an
     * unknown word; the vendor's word goes to {@code vendorStatus}.
     */
    public Map<String, Object> translate(Map<String, Object> answer) {
        Object status = answer.get(STATUS);
        if (status == null) {
            return answer;
        }
        Map<String, Object> translated = new LinkedHashMap<>(answer);
        String word = String.valueOf(status);
        translated.put(STATUS, state(word).map(Enum::name).orElse(null));
        translated.put(VENDOR_STATUS, word);
        return translated;
    }
}
