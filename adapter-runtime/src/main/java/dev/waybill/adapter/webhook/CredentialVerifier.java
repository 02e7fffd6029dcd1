package dev.waybill.adapter.webhook;

import dev.waybill.adapter.auth.HmacSha256;

import java.util.Optional;

/**
 * Verifies that a webhook carries the contract's credential the way the contract's {@code spec.auth} sends it
 * (Bearer, Basic or an API key header), compared in constant time.
 */
final class CredentialVerifier implements WebhookVerifier {

    private final String header;
    private final String expectedValue;

    /** @param expectedValue the whole header value that proves the caller, e.g. {@code Bearer <token>} */
    CredentialVerifier(String header, String expectedValue) {
        this.header = header;
        this.expectedValue = expectedValue;
    }

    @Override
    public Optional<WebhookResult.Unauthenticated> verify(WebhookHeaders headers, byte[] body) {
        Optional<String> presented = headers.first(header);
        if (presented.isEmpty()) {
            return Optional.of(new WebhookResult.Unauthenticated("MissingCredential", "header " + header
                    + " is missing"));
        }
        if (!HmacSha256.constantTimeEquals(expectedValue, presented.get().strip())) {
            return Optional.of(new WebhookResult.Unauthenticated("BadCredential", "header " + header
                    + " does not carry the contract's credential"));
        }
        return Optional.empty();
    }
}
