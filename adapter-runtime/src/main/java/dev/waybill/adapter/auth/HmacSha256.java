package dev.waybill.adapter.auth;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;

/**
 * HMAC-SHA256 signatures as vendors use them: lower-case hex over {@code <unix seconds>.<body>}, compared in
 * constant time so a caller cannot learn a valid signature byte by byte from response times.
 */
public final class HmacSha256 {

    private static final String ALGORITHM = "HmacSHA256";

    private HmacSha256() {
    }

    /** Lower-case hex HMAC-SHA256 of {@code message} keyed with the UTF-8 bytes of {@code secret}. */
    public static String hex(String secret, byte[] message) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            return HexFormat.of().formatHex(mac.doFinal(message));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required of every Java runtime", e);
        }
    }

    /** The bytes signed for a request or a webhook: {@code <timestamp>.} followed by the raw body. */
    public static byte[] timestamped(long unixSeconds, byte[] body) {
        byte[] prefix = (unixSeconds + ".").getBytes(StandardCharsets.US_ASCII);
        byte[] message = new byte[prefix.length + body.length];
        System.arraycopy(prefix, 0, message, 0, prefix.length);
        System.arraycopy(body, 0, message, prefix.length, body.length);
        return message;
    }

    /**
     * True when {@code presented} (hex, any case, an optional {@code sha256=} prefix) is the signature
     * {@code expectedHex}; the comparison takes the same time wherever they differ.
     */
    public static boolean matches(String expectedHex, String presented) {
        if (presented == null) {
            return false;
        }
        String hex = presented.strip().toLowerCase(Locale.ROOT);
        if (hex.startsWith("sha256=")) {
            hex = hex.substring("sha256=".length());
        }
        return constantTimeEquals(expectedHex, hex);
    }

    /** Constant-time equality of two texts (as UTF-8 bytes), for credentials and signatures. */
    public static boolean constantTimeEquals(String expected, String presented) {
        if (expected == null || presented == null) {
            return false;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                presented.getBytes(StandardCharsets.UTF_8));
    }
}
