package dev.waybill.operator.security;

import dev.waybill.operator.intake.ProblemDetails;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;

/**
 * Authenticates API calls by bearer token and authorizes them by role ({@link ApiAccess}): 401 without a known
 * token, 403 with one that lacks the role. The tokens file is read again when it changes (a rotated Secret).
 */
@Singleton
public class BearerTokenFilter {

    private static final Logger LOG = Logger.getLogger(BearerTokenFilter.class);

    private final Instance<ApiSecurityConfig> config;
    private final CurrentCaller caller;
    private volatile Optional<Path> file;
    private volatile ApiTokens tokens = ApiTokens.none();
    private volatile FileTime loadedAt;
    private volatile long checkedAt = System.nanoTime();
    private static final long CHECK_EVERY_NANOS = 1_000_000_000L;

    // REST filters are made while the application starts statically, before runtime configuration exists: the
    // configuration is looked up at start-up (StartupEvent) or, at the latest, on the first request.
    BearerTokenFilter(Instance<ApiSecurityConfig> config, CurrentCaller caller) {
        this.config = config;
        this.caller = caller;
    }

    void onStart(@Observes StartupEvent event) {
        configured();
    }

    private synchronized Optional<Path> configured() {
        if (file == null) {
            Optional<Path> configuredFile = config.get().tokens();
            configuredFile.ifPresentOrElse(f -> tokens = ApiTokens.read(f),
                    () -> LOG.warn("WAYBILL_API_TOKENS is not set: the API refuses every call but health, metrics, "
                            + "OrderSource intake and vendor webhooks"));
            file = configuredFile;
            loadedAt = modified().orElse(null);
        }
        return file;
    }

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> authorize(ContainerRequestContext request) {
        ApiAccess.Decision decision = ApiAccess.decide(request.getMethod(), request.getUriInfo().getPath());
        if (decision instanceof ApiAccess.Decision.Open) {
            return Optional.empty();
        }
        Optional<ApiPrincipal> principal = bearer(request).flatMap(current()::holder);
        if (principal.isEmpty()) {
            return Optional.of(challenge(configured().isEmpty() ? "no API tokens are configured (WAYBILL_API_TOKENS)"
                    : "send Authorization: Bearer <token> with a token from the API tokens file"));
        }
        if (!ApiAccess.allows(decision, principal)) {
            return Optional.of(ProblemDetails.of(403, "forbidden", "Forbidden", "this token's roles "
                    + principal.get().roles() + " do not include " + ((ApiAccess.Decision.Needs) decision).anyOf())
                    .toResponse());
        }
        caller.set(principal.get());
        return Optional.empty();
    }

    private static Response challenge(String detail) {
        return Response.status(401).type(ProblemDetails.MEDIA_TYPE)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"waybill\"")
                .entity(ProblemDetails.of(401, "unauthenticated", "Unauthenticated", detail)).build();
    }

    private static Optional<String> bearer(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        String token = header.substring(7).strip();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }

    /** The tokens, read again when the file changed since it was last read; a bad new file keeps the old tokens. */
    private ApiTokens current() {
        configured();
        long nowNanos = System.nanoTime();
        if (nowNanos - checkedAt < CHECK_EVERY_NANOS) {
            return tokens; // a rotated Secret reaches the pod's file within a minute anyway: a stat a second is enough
        }
        checkedAt = nowNanos;
        Optional<FileTime> now = modified();
        if (now.isPresent() && !now.get().equals(loadedAt)) {
            try {
                tokens = ApiTokens.read(file.orElseThrow());
                LOG.info("API tokens file changed: tokens reloaded");
            } catch (RuntimeException e) {
                LOG.warnf("API tokens file changed but cannot be read, keeping the previous tokens: %s",
                        e.getMessage());
            }
            loadedAt = now.get();
        }
        return tokens;
    }

    private Optional<FileTime> modified() {
        try {
            Optional<Path> path = file;
            return path != null && path.isPresent() ? Optional.of(Files.getLastModifiedTime(path.get()))
                    : Optional.empty();
        } catch (java.io.IOException e) {
            return Optional.empty();
        }
    }
}
