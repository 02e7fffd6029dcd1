package dev.waybill.adapter.webhook;

import dev.waybill.adapter.auth.VendorAuthHeaders;
import dev.waybill.adapter.connector.ContractDefinition;
import dev.waybill.adapter.connector.Credential;
import dev.waybill.adapter.connector.VendorStatuses;
import dev.waybill.adapter.expression.CompiledMapping;
import dev.waybill.adapter.expression.ExpressionException;
import dev.waybill.adapter.expression.JsonataMappings;
import dev.waybill.api.v1alpha1.contract.AdapterContractSpec;
import dev.waybill.api.v1alpha1.contract.WebhookSignature;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a vendor's webhook for one AdapterContract: verifies it, then maps it to a {@link VendorEvent}.
 *
 * <p>Verification: with {@code spec.events.signature}, a timestamped HMAC-SHA256 signature with the webhook secret
 * (refused when missing, wrong, outside the tolerance, or replayed). Without it, the contract's {@code spec.auth} the
 * other way round: the vendor presents the same credential we send it (Bearer, Basic, API key header), or signs the
 * body with it (HmacSha256, timestamp in {@code X-Timestamp}); None accepts every webhook. Every comparison is
 * constant-time, and no message carries the secret or what was presented. Thread-safe.
 */
public final class WebhookReader {

    static final String DEFAULT_SIGNATURE_HEADER = "X-Signature";
    static final String DEFAULT_TIMESTAMP_HEADER = "X-Timestamp";
    static final int DEFAULT_TOLERANCE_SECONDS = 300;

    private final WebhookVerifier verifier;
    private final Optional<EventMapper> mapper;

    private WebhookReader(WebhookVerifier verifier, Optional<EventMapper> mapper) {
        this.verifier = verifier;
        this.mapper = mapper;
    }

    /**
     * @throws IllegalArgumentException when the secret verification needs is missing from the definition, or
     *                                  {@code events.mapping} does not compile
     */
    public static WebhookReader create(ContractDefinition definition, Clock clock) {
        AdapterContractSpec spec = definition.spec();
        Optional<EventMapper> mapper = Optional.ofNullable(spec.events).map(events -> new EventMapper(
                mapping(definition), VendorStatuses.of(spec.statusMapping), clock));
        return new WebhookReader(verifier(definition, clock), mapper);
    }

    /**
     * Verifies and maps one webhook.
     *
     * @param headers the request's headers, names in any case
     * @param body    the raw body, exactly as received (the signature covers these bytes)
     */
    public WebhookResult read(Map<String, List<String>> headers, byte[] body) {
        byte[] raw = body == null ? new byte[0] : body;
        Optional<WebhookResult.Unauthenticated> refused = verifier.verify(new WebhookHeaders(headers), raw);
        if (refused.isPresent()) {
            return refused.get();
        }
        if (mapper.isEmpty()) {
            return new WebhookResult.Malformed("events", "contract has no events.mapping");
        }
        return mapper.get().read(raw);
    }

    private static WebhookVerifier verifier(ContractDefinition definition, Clock clock) {
        AdapterContractSpec spec = definition.spec();
        WebhookSignature signature = spec.events == null ? null : spec.events.signature;
        if (signature != null) {
            String secret = definition.webhookSecret().map(Credential::reveal).orElseThrow(() ->
                    new IllegalArgumentException("spec.events.signature needs the webhook secret of its secretRef"));
            return new SignatureVerifier(secret,
                    Objects.requireNonNullElse(signature.header, DEFAULT_SIGNATURE_HEADER),
                    Objects.requireNonNullElse(signature.timestampHeader, DEFAULT_TIMESTAMP_HEADER),
                    Objects.requireNonNullElse(signature.toleranceSeconds, DEFAULT_TOLERANCE_SECONDS), clock);
        }
        VendorAuthHeaders auth = VendorAuthHeaders.of(spec.auth, definition.credential(), clock);
        String credential = definition.credential().map(VendorAuthHeaders::headerValue).orElse(null);
        return switch (auth.type()) {
            case Bearer -> new CredentialVerifier("Authorization", "Bearer " + credential);
            case Basic -> new CredentialVerifier("Authorization", VendorAuthHeaders.basic(credential));
            case ApiKeyHeader -> new CredentialVerifier(auth.header(), credential);
            case HmacSha256 -> new SignatureVerifier(definition.credential().orElseThrow().reveal(), auth.header(),
                    VendorAuthHeaders.TIMESTAMP_HEADER, DEFAULT_TOLERANCE_SECONDS, clock);
            case None -> WebhookVerifier.none();
        };
    }

    private static CompiledMapping mapping(ContractDefinition definition) {
        CompiledMapping compiled = definition.mappings().get(ContractDefinition.EVENTS_MAPPING);
        if (compiled != null) {
            return compiled;
        }
        String source = definition.spec().events.mapping;
        if (source == null) {
            throw new IllegalArgumentException("spec.events.mapping is required");
        }
        try {
            return JsonataMappings.compile(source);
        } catch (ExpressionException e) {
            throw new IllegalArgumentException("spec.events.mapping: " + e.getMessage(), e);
        }
    }
}
