package dev.waybill.operator.kpi;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How KPIs are kept and written into the resources' status. */
@ConfigMapping(prefix = "waybill.kpi")
public interface KpiConfig {

    /**
     * How often the figures are computed and, by the leader, written ({@code WAYBILL_KPI_INTERVAL}); a resource's
     * status is written at most once per interval, and only when a figure changed.
     */
    @WithDefault("10s")
    Duration interval();

    /** Length of the rolling window rates and percentiles cover, in seconds ({@code WAYBILL_KPI_WINDOW_SECONDS}). */
    @WithDefault("300")
    int windowSeconds();

    /**
     * How many recent orders are remembered to count their later events (a compensation, an exception, the order
     * shipping) for the policy that routed them.
     */
    @WithDefault("100000")
    int rememberedOrders();
}
