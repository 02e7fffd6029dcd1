package dev.waybill.operator.store;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/** Where the orchestrator keeps its state. */
@ConfigMapping(prefix = "waybill")
public interface StoreConfig {

    /** Directory of the embedded store's files ({@code WAYBILL_DATA_DIR}). */
    @WithDefault("./data")
    String dataDir();

    /** A {@code jdbc:postgresql://} URL to keep state in PostgreSQL instead ({@code WAYBILL_STORE_URL}). */
    Optional<String> storeUrl();
}
