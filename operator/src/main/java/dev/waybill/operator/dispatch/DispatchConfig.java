package dev.waybill.operator.dispatch;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How vendor commands are delivered ({@code waybill.dispatch.*}). */
@ConfigMapping(prefix = "waybill.dispatch")
public interface DispatchConfig {

    /**
     * How long a claimed command belongs to its worker. Longer than the longest call a contract's retry policy
     * allows, so a live delivery is never taken over; after a crash the command is delivered again once it ends.
     */
    @WithDefault("90s")
    Duration lease();

    /** Vendor calls in flight at once (a slow vendor holds a slot, not the others). */
    @WithDefault("32")
    int concurrency();
}
