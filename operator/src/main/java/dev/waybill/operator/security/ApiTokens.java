package dev.waybill.operator.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The API's bearer tokens, read from the file {@code WAYBILL_API_TOKENS} names: one {@code <token> <role>[,<role>]
 * [channel=<c>[,<c>]]} per line, {@code #} comments and blank lines ignored. Tokens are kept only as SHA-256
 * digests, so a lookup compares digests, not secrets, and nothing can print a token.
 */
public final class ApiTokens {

    /** A line the file cannot be read from: the message names the line, never the token on it. */
    public static final class InvalidTokensFile extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InvalidTokensFile(String message) {
            super(message);
        }
    }

    private final Map<String, ApiPrincipal> byDigest;

    private ApiTokens(Map<String, ApiPrincipal> byDigest) {
        this.byDigest = Map.copyOf(byDigest);
    }

    /** No tokens: every call that needs one is refused. */
    public static ApiTokens none() {
        return new ApiTokens(Map.of());
    }

    public static ApiTokens read(Path file) {
        try {
            return parse(file.toString(), Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the API tokens file " + file, e);
        }
    }

    static ApiTokens parse(String source, List<String> lines) {
        Map<String, ApiPrincipal> tokens = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+");
            String where = source + " line " + (i + 1);
            if (parts.length < 2 || parts.length > 3) {
                throw new InvalidTokensFile(where + ": want <token> <role>[,<role>] [channel=<name>[,<name>]]");
            }
            if (parts[0].length() < 16) {
                throw new InvalidTokensFile(where + ": a token must have at least 16 characters");
            }
            ApiPrincipal principal = new ApiPrincipal("line-" + (i + 1), roles(where, parts[1]),
                    parts.length == 3 ? channels(where, parts[2]) : Set.of());
            if (tokens.put(digest(parts[0]), principal) != null) {
                throw new InvalidTokensFile(where + ": the same token is on an earlier line");
            }
        }
        return new ApiTokens(tokens);
    }

    /** Who holds {@code token}, if anyone. */
    public Optional<ApiPrincipal> holder(String token) {
        return Optional.ofNullable(byDigest.get(digest(token)));
    }

    public boolean isEmpty() {
        return byDigest.isEmpty();
    }

    private static Set<ApiRole> roles(String where, String text) {
        Set<ApiRole> roles = EnumSet.noneOf(ApiRole.class);
        for (String name : text.split(",")) {
            try {
                roles.add(ApiRole.valueOf(name));
            } catch (IllegalArgumentException e) {
                throw new InvalidTokensFile(where + ": unknown role '" + name + "' (intake, operations, read)");
            }
        }
        return roles;
    }

    private static Set<String> channels(String where, String text) {
        if (!text.startsWith("channel=") || text.length() == "channel=".length()) {
            throw new InvalidTokensFile(where + ": the third field must be channel=<name>[,<name>]");
        }
        return Set.of(text.substring("channel=".length()).split(","));
    }

    private static String digest(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
