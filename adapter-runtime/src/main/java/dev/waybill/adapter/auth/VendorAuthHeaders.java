package dev.waybill.adapter.auth;

import dev.waybill.adapter.connector.Credential;
import dev.waybill.api.v1alpha1.contract.VendorAuth;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The authentication headers of a contract's {@code spec.auth}, for requests to the vendor (and, read the other way
 * round, what a vendor's webhook must carry when the contract signs no webhooks).
 *
 * <ul>
 *   <li>Bearer: {@code Authorization: Bearer <credential>}</li>
 *   <li>Basic: {@code Authorization: Basic base64(<user:password>)}</li>
 *   <li>ApiKeyHeader: {@code <auth.header>: <credential>}</li>
 *   <li>HmacSha256: {@code <auth.header>: hex HMAC-SHA256(credential, "<unix seconds>.<body>")} and the seconds in
 *       {@link #TIMESTAMP_HEADER}</li>
 * </ul>
 */
public final class VendorAuthHeaders {

    /** Where HmacSha256 requests carry the time they were signed at. */
    public static final String TIMESTAMP_HEADER = "X-Timestamp";

    private final VendorAuth.Type type;
    private final String header;
    private final Optional<Credential> credential;
    private final Clock clock;

    private VendorAuthHeaders(VendorAuth.Type type, String header, Optional<Credential> credential, Clock clock) {
        this.type = type;
        this.header = header;
        this.credential = credential;
        this.clock = clock;
    }

    /**
     * @throws IllegalArgumentException when the scheme needs a credential and there is none, or a header name
     *                                  and {@code auth.header} is absent (the CRD's rules refuse both)
     */
    public static VendorAuthHeaders of(VendorAuth auth, Optional<Credential> credential, Clock clock) {
        VendorAuth.Type type = auth == null || auth.type == null ? VendorAuth.Type.None : auth.type;
        if (type != VendorAuth.Type.None && credential.isEmpty()) {
            throw new IllegalArgumentException("spec.auth.type " + type
                    + " needs the credential of spec.auth.secretRef");
        }
        if (type != VendorAuth.Type.HmacSha256 && type != VendorAuth.Type.None
                && headerValue(credential.get()).chars().anyMatch(c -> c == '\r' || c == '\n')) {
            throw new IllegalArgumentException("the credential of spec.auth.secretRef has a line break inside");
        }
        boolean needsHeader = type == VendorAuth.Type.ApiKeyHeader || type == VendorAuth.Type.HmacSha256;
        if (needsHeader && (auth.header == null || auth.header.isBlank())) {
            throw new IllegalArgumentException("spec.auth.header is required for spec.auth.type " + type);
        }
        return new VendorAuthHeaders(type, auth == null ? null : auth.header, credential, clock);
    }

    /** The scheme. */
    public VendorAuth.Type type() {
        return type;
    }

    /** The header that carries the key or signature (ApiKeyHeader, HmacSha256). */
    public String header() {
        return header;
    }

    /** Headers authenticating a request with this body (empty for none), signed now by the clock. */
    public Map<String, String> forRequest(byte[] body) {
        Map<String, String> headers = new LinkedHashMap<>();
        switch (type) {
            case Bearer -> headers.put("Authorization", "Bearer " + headerValue(credential.orElseThrow()));
            case Basic -> headers.put("Authorization", basic(headerValue(credential.orElseThrow())));
            case ApiKeyHeader -> headers.put(header, headerValue(credential.orElseThrow()));
            case HmacSha256 -> {
                long seconds = clock.instant().getEpochSecond();
                String key = credential.orElseThrow().reveal();
                headers.put(header, HmacSha256.hex(key, HmacSha256.timestamped(seconds, body)));
                headers.put(TIMESTAMP_HEADER, Long.toString(seconds));
            }
            case None -> { }
        }
        return headers;
    }

    /** The value of {@code Authorization} for Basic auth with {@code userColonPassword}. */
    public static String basic(String userColonPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(userColonPassword.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A credential as a header carries it: without the surrounding whitespace that a Secret created from a file
     * usually ends with (a token never ends in a newline; an HMAC key is used exactly as given).
     */
    public static String headerValue(Credential credential) {
        return credential.reveal().strip();
    }
}
