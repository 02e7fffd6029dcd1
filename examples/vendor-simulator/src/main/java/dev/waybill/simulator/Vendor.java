package dev.waybill.simulator;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The vendors the simulator plays, each under its own path prefix. Each speaks its own error dialect: the store
 * network answers lower-case {@code code}s, the others upper-case {@code error}s.
 */
public enum Vendor {
    ACME_3PL("acme-3pl"),
    CORNER_STORES("corner-stores"),
    DROPSHIP_DIRECT("dropship-direct"),
    PAYMENTS("payments");

    private final String id;

    Vendor(String id) {
        this.id = id;
    }

    /** The name in paths, the ledger and the /_sim controls. */
    public String id() {
        return id;
    }

    /** The vendor of that name, if the simulator plays it. */
    public static Optional<Vendor> byId(String id) {
        return Arrays.stream(values()).filter(vendor -> vendor.id.equals(id)).findFirst();
    }

    /** Every vendor name, for messages that list the choices. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(Vendor::id).toList();
    }

    /** An error body in this vendor's dialect; {@code code} is upper snake case, message may be null. */
    public Map<String, Object> error(String code, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (this == CORNER_STORES) {
            body.put("code", code.toLowerCase(Locale.ROOT));
        } else {
            body.put("error", code);
        }
        if (message != null) {
            body.put("message", message);
        }
        return body;
    }
}
