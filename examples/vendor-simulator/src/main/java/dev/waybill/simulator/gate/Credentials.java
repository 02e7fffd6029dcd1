package dev.waybill.simulator.gate;

import dev.waybill.simulator.SimulatorConfig;
import dev.waybill.simulator.Vendor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

/** Each vendor's check of its callers' credentials, as the example contracts present them. */
@ApplicationScoped
public class Credentials {

    private final SimulatorConfig config;

    public Credentials(SimulatorConfig config) {
        this.config = config;
    }

    /** Whether the call carries that vendor's credentials. */
    public boolean accepts(Vendor vendor, HttpHeaders headers) {
        String authorization = headers.getHeaderString(HttpHeaders.AUTHORIZATION);
        return switch (vendor) {
            case ACME_3PL -> scheme(authorization, "Bearer", config.acme().token());
            case CORNER_STORES -> same(headers.getHeaderString("X-Api-Key"), config.cornerStores().apiKey());
            case DROPSHIP_DIRECT -> scheme(authorization, "Basic", basicToken());
            case PAYMENTS -> scheme(authorization, "Bearer", config.payments().token());
        };
    }

    /** The challenge a 401 carries, or null for a vendor that uses no Authorization header. */
    public String challenge(Vendor vendor) {
        return switch (vendor) {
            case ACME_3PL, PAYMENTS -> "Bearer";
            case DROPSHIP_DIRECT -> "Basic realm=\"dropship-direct\"";
            case CORNER_STORES -> null;
        };
    }

    /** The dropship vendor's credentials as they travel in a Basic header (also on its webhooks). */
    public String basicToken() {
        return Base64.getEncoder().encodeToString(config.dropshipDirect().basic().getBytes(StandardCharsets.UTF_8));
    }

    private static boolean scheme(String header, String scheme, String expected) {
        if (header == null || header.length() <= scheme.length()
                || !header.regionMatches(true, 0, scheme + " ", 0, scheme.length() + 1)) {
            return false;
        }
        return same(header.substring(scheme.length() + 1).trim(), expected);
    }

    // constant time, as a real vendor would compare secrets
    private static boolean same(String given, String expected) {
        return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8));
    }
}
