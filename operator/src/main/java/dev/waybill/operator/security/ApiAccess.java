package dev.waybill.operator.security;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which role each API call needs: a pure function of method and path, tested as a table. Health, metrics and the
 * OpenAPI document are open; OrderSource intake and vendor webhooks keep their own authentication (the source's
 * key or signature, the contract's); everything else under {@code /api} needs a bearer token with a role, and
 * what is not listed needs {@code operations} (deny by default).
 */
public final class ApiAccess {

    /** The outcome for one call. */
    public sealed interface Decision {
        /** No token needed (or the endpoint authenticates by itself). */
        record Open() implements Decision {
        }

        /** A token holding any of these roles. */
        record Needs(Set<ApiRole> anyOf) implements Decision {
        }
    }

    private record Rule(String method, Pattern path, Decision decision) {
    }

    private static final Decision OPEN = new Decision.Open();
    private static final String SEGMENT = "[^/]+";
    private static final java.util.List<Rule> RULES = java.util.List.of(
            rule("POST", "/api/v1/sources/" + SEGMENT + "/orders", OPEN),
            rule("POST", "/api/v1/webhooks/" + SEGMENT + "(/" + SEGMENT + ")?", OPEN),
            rule("POST", "/api/v1/orders", needs(ApiRole.intake)),
            rule("POST", "/api/v1/orders/" + SEGMENT + "/cancel", needs(ApiRole.operations)),
            rule("GET", "/api/v1/orders/.*", needs(ApiRole.read, ApiRole.intake)),
            rule("POST", "/api/v1/routing/preview", needs(ApiRole.read, ApiRole.intake)),
            rule("PUT", "/api/v1/nodes/" + SEGMENT + "/inventory", needs(ApiRole.operations)),
            rule("GET", "/api/v1/exceptions(/" + SEGMENT + ")?", needs(ApiRole.read)),
            rule("POST", "/api/v1/exceptions/" + SEGMENT + "/(retry|resolve|reassign)", needs(ApiRole.operations)));

    private ApiAccess() {
    }

    public static Decision decide(String method, String path) {
        String normalized = path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
        if (!normalized.equals("/api") && !normalized.startsWith("/api/")) {
            return OPEN; // health, metrics, OpenAPI, and 404s
        }
        for (Rule rule : RULES) {
            if (rule.method().equals(method) && rule.path().matcher(normalized).matches()) {
                return rule.decision();
            }
        }
        return needs(ApiRole.operations);
    }

    /** Whether {@code caller} satisfies {@code decision}. */
    public static boolean allows(Decision decision, Optional<ApiPrincipal> caller) {
        if (decision instanceof Decision.Needs needs) {
            return caller.isPresent() && needs.anyOf().stream().anyMatch(caller.get()::may);
        }
        return true;
    }

    private static Rule rule(String method, String path, Decision decision) {
        return new Rule(method, Pattern.compile(path), decision);
    }

    private static Decision needs(ApiRole first, ApiRole... more) {
        return new Decision.Needs(EnumSet.of(first, more));
    }
}
