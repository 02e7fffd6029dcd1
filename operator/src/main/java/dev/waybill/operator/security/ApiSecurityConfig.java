package dev.waybill.operator.security;

import io.smallrye.config.ConfigMapping;

import java.nio.file.Path;
import java.util.Optional;

/** The API's credentials ({@code waybill.api.*}). */
@ConfigMapping(prefix = "waybill.api")
public interface ApiSecurityConfig {

    /**
     * The tokens file ({@code WAYBILL_API_TOKENS}): one {@code <token> <role>[,<role>] [channel=<name>]} per line.
     * Unset: every API call but health, metrics, OrderSource intake and vendor webhooks is refused.
     */
    Optional<Path> tokens();
}
