package dev.waybill.operator.routing;

import dev.waybill.api.v1alpha1.meta.ShippingMethod;

import java.time.Instant;

/**
 * The simple delivery model routing uses for cut-offs and promises, in whole days.
 *
 * <ul>
 *   <li>All day arithmetic is in the node's cut-off time zone (UTC for a node without a cut-off).</li>
 *   <li>A node ships today when {@code now} is before its local cut-off time (or it has no cut-off), otherwise
 *       tomorrow.</li>
 *   <li>Transit days by shipping method: standard 3, express 1, same-day 0, pickup 0. The earliest delivery day
 *       is the ship day plus transit days; weekends and holidays are not modelled.</li>
 *   <li>A promise is met when the earliest delivery day is not after the local calendar day of
 *       {@code promisedBy}; the slack is the number of days between the two.</li>
 * </ul>
 */
final class DeliveryPromise {

    private DeliveryPromise() {
    }

    static int transitDays(ShippingMethod method) {
        return switch (method) {
            case STANDARD -> 3;
            case EXPRESS -> 1;
            case SAME_DAY, PICKUP -> 0;
        };
    }

    /** Whether the node's local time at {@code now} is before its cut-off; true for a node without one. */
    static boolean beforeCutoff(NodeProfile node, ZoneClock clock) {
        return node.cutoffSecond == NodeProfile.UNSET || clock.secondOfDay(node) < node.cutoffSecond;
    }

    /** The earliest delivery day from the node, as a local epoch day in the node's zone. */
    static long earliestDeliveryDay(NodeProfile node, ShippingMethod method, ZoneClock clock) {
        long shipDay = beforeCutoff(node, clock) ? clock.today(node) : clock.today(node) + 1;
        return shipDay + transitDays(method);
    }

    /**
     * Days to spare between the earliest delivery and the clock's {@code promisedBy} (which must be set);
     * negative when the promise is missed.
     */
    static long slackDays(NodeProfile node, ShippingMethod method, ZoneClock clock) {
        return clock.promisedDay(node) - earliestDeliveryDay(node, method, clock);
    }

    static boolean beforeCutoff(NodeProfile node, Instant now) {
        return beforeCutoff(node, ZoneClock.of(now, null));
    }

    static long earliestDeliveryDay(NodeProfile node, ShippingMethod method, Instant now) {
        return earliestDeliveryDay(node, method, ZoneClock.of(now, null));
    }

    static long slackDays(NodeProfile node, ShippingMethod method, Instant now, Instant promisedBy) {
        return slackDays(node, method, ZoneClock.of(now, promisedBy));
    }
}
