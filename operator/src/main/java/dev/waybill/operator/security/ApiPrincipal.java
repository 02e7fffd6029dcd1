package dev.waybill.operator.security;

import java.util.Set;

/**
 * Who called: the token's name (its line in the tokens file, never the token itself), its roles, and for intake
 * tokens the channels whose orders it may send and read (empty: any channel).
 */
public record ApiPrincipal(String name, Set<ApiRole> roles, Set<String> channels) {

    public ApiPrincipal {
        roles = Set.copyOf(roles);
        channels = Set.copyOf(channels);
    }

    public boolean may(ApiRole role) {
        return roles.contains(role) || role == ApiRole.read && roles.contains(ApiRole.operations);
    }

    /** Whether this caller may see or send orders of {@code channel}. */
    public boolean coversChannel(String channel) {
        return may(ApiRole.read) || channels.isEmpty() || channels.contains(channel);
    }
}
