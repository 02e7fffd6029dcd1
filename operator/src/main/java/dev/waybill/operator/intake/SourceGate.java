package dev.waybill.operator.intake;

import dev.waybill.api.v1alpha1.source.SourceAuth;
import dev.waybill.operator.model.CompiledSource;
import dev.waybill.operator.model.ResourceKey;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import jakarta.inject.Singleton;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The door of an OrderSource: checks the caller is who the source declares (API key header, or HMAC-SHA256 of the
 * raw body, compared in constant time) and holds it to the source's rate limit.
 */
@Singleton
public class SourceGate {

    private final Map<ResourceKey, Limiter> limiters = new ConcurrentHashMap<>();

    /** Why the request may not pass (401 or 429), or empty when it may. */
    public Optional<ProblemDetails> check(CompiledSource source, byte[] body, Function<String, String> header) {
        Optional<ProblemDetails> unauthenticated = authenticate(source, body, header);
        if (unauthenticated.isPresent()) {
            return unauthenticated;
        }
        return limited(source) ? Optional.of(ProblemDetails.of(429, "rate-limited", "Too many requests",
                "source " + source.key().name() + " allows " + rate(source) + " orders per second")
                .withRetryAfter(1)) : Optional.empty(); // the limiter's period is one second
    }

    private Optional<ProblemDetails> authenticate(CompiledSource source, byte[] body, Function<String, String> header) {
        SourceAuth auth = source.spec().auth;
        if (auth == null || auth.type == null || auth.type == SourceAuth.Type.None) {
            return Optional.empty();
        }
        String secret = source.credential().orElseThrow().reveal();
        boolean hmac = auth.type == SourceAuth.Type.HmacSha256;
        String name = auth.header != null ? auth.header : hmac ? "X-Signature" : "X-Api-Key";
        String presented = header.apply(name);
        String candidate = presented == null ? "" : presented.trim();
        if (hmac) {
            candidate = candidate.toLowerCase(Locale.ROOT);
            candidate = candidate.startsWith("sha256=") ? candidate.substring("sha256=".length()) : candidate;
        }
        String expected = hmac ? hmacHex(secret, body) : secret;
        boolean ok = presented != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                candidate.getBytes(StandardCharsets.UTF_8));
        return ok ? Optional.empty() : Optional.of(ProblemDetails.of(401, "unauthenticated", "Unauthenticated",
                (hmac ? "the " + name + " signature does not match the body" : "the " + name + " key is wrong")
                        + " for source " + source.key().name()));
    }

    private boolean limited(CompiledSource source) {
        Double rate = rate(source);
        if (rate == null) {
            return false;
        }
        Limiter limiter = limiters.compute(source.key(), (k, old) -> old != null && old.rate == rate ? old
                : new Limiter(rate, RateLimiter.of("source-" + k, RateLimiterConfig.custom()
                .limitForPeriod(Math.max(1, (int) Math.ceil(rate))).limitRefreshPeriod(Duration.ofSeconds(1))
                .timeoutDuration(Duration.ZERO).build())));
        return !limiter.limiter.acquirePermission();
    }

    private static Double rate(CompiledSource source) {
        return source.spec().rateLimit == null ? null : source.spec().rateLimit.requestsPerSecond;
    }

    private static String hmacHex(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is always available", e);
        }
    }

    /** A source's limiter and the rate it was built for, rebuilt when the source's rate changes. */
    private record Limiter(double rate, RateLimiter limiter) {
    }
}
