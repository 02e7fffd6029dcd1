package dev.waybill.adapter.app;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/** What the adapter app is told at start: which contract it runs, and the credential that contract's auth uses. */
@ConfigMapping(prefix = "waybill")
public interface AdapterConfig {

    /**
     * The rendered contract, {@code {apiVersion, name, namespace, spec}} ({@code WAYBILL_CONTRACT_FILE}); the
     * operator mounts it from the {@code <contract>-adapter} ConfigMap.
     */
    @WithDefault("/etc/waybill/contract.json")
    String contractFile();

    /**
     * The value of the contract's {@code spec.auth.secretRef} ({@code WAYBILL_CREDENTIAL}), from a secretKeyRef;
     * unset when auth is None. Never logged, never answered.
     */
    Optional<String> credential();
}
