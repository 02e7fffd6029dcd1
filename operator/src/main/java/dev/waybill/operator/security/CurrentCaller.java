package dev.waybill.operator.security;

import jakarta.enterprise.context.RequestScoped;

import java.util.Optional;

/** The authenticated caller of the current request, for object-level checks in resources. */
@RequestScoped
public class CurrentCaller {

    private ApiPrincipal principal;

    void set(ApiPrincipal caller) {
        this.principal = caller;
    }

    public Optional<ApiPrincipal> get() {
        return Optional.ofNullable(principal);
    }

    /** Whether the caller may see or send orders of {@code channel} (true for open endpoints). */
    public boolean coversChannel(String channel) {
        return principal == null || principal.coversChannel(channel);
    }
}
