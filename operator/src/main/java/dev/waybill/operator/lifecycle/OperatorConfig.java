package dev.waybill.operator.lifecycle;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.List;
import java.util.Optional;

/** Which part of the cluster the operator reconciles. */
@ConfigMapping(prefix = "waybill")
public interface OperatorConfig {

    /**
     * Namespaces to watch ({@code WAYBILL_NAMESPACES}, comma-separated); absent: every namespace.
     */
    Optional<List<String>> namespaces();

    /** Whether the operator starts its controllers at all; off for tests of the HTTP surface alone. */
    @WithDefault("true")
    boolean reconcile();
}
