package dev.waybill.adapter.webhook;

import dev.waybill.adapter.auth.HmacSha256;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/**
 * Verifies a timestamped HMAC-SHA256 signature: hex HMAC(secret, {@code <timestamp>.<raw body>}) in one header, the
 * Unix seconds in another, the time within the tolerance of the clock, and the pair never seen before.
 */
final class SignatureVerifier implements WebhookVerifier {

    private final String secret;
    private final String signatureHeader;
    private final String timestampHeader;
    private final long toleranceSeconds;
    private final Clock clock;
    private final ReplayGuard replays;

    SignatureVerifier(String secret, String signatureHeader, String timestampHeader, long toleranceSeconds,
                      Clock clock) {
        this.secret = secret;
        this.signatureHeader = signatureHeader;
        this.timestampHeader = timestampHeader;
        this.toleranceSeconds = toleranceSeconds;
        this.clock = clock;
        this.replays = new ReplayGuard(clock, toleranceSeconds);
    }

    @Override
    public Optional<WebhookResult.Unauthenticated> verify(WebhookHeaders headers, byte[] body) {
        Optional<String> signature = headers.first(signatureHeader);
        if (signature.isEmpty()) {
            return refuse("MissingSignature", "header " + signatureHeader + " is missing");
        }
        Optional<String> timestampText = headers.first(timestampHeader);
        if (timestampText.isEmpty()) {
            return refuse("MissingSignature", "timestamp header " + timestampHeader + " is missing");
        }
        long timestamp;
        try {
            timestamp = Long.parseLong(timestampText.get().strip());
        } catch (NumberFormatException e) {
            return refuse("StaleTimestamp", "header " + timestampHeader + " is not Unix seconds");
        }
        if (Math.abs(clock.instant().getEpochSecond() - timestamp) > toleranceSeconds) {
            return refuse("StaleTimestamp", "header " + timestampHeader + " is more than " + toleranceSeconds
                    + " s from now");
        }
        String expected = HmacSha256.hex(secret, HmacSha256.timestamped(timestamp, body));
        if (!HmacSha256.matches(expected, signature.get())) {
            return refuse("BadSignature", "header " + signatureHeader + " does not sign this body and timestamp");
        }
        if (!replays.firstSeen(timestamp, normalised(signature.get()))) {
            return refuse("Replayed", "this signature and timestamp were already used");
        }
        return Optional.empty();
    }

    /** One form per signature, so a replay cannot pass as new by changing case or adding the prefix. */
    private static String normalised(String signature) {
        String hex = signature.strip().toLowerCase(Locale.ROOT);
        return hex.startsWith("sha256=") ? hex.substring("sha256=".length()) : hex;
    }

    private static Optional<WebhookResult.Unauthenticated> refuse(String reason, String message) {
        return Optional.of(new WebhookResult.Unauthenticated(reason, message));
    }
}
