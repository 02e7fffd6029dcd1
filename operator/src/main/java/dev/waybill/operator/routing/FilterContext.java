package dev.waybill.operator.routing;

import java.time.Instant;

/** What the candidate filters read besides the node: the policy, the order, the local clocks and live load. */
record FilterContext(PolicyRules policy, OrderProfile order, ZoneClock clock, NodeLoad load) {

    /** A context whose clock serves nodes outside any index. */
    FilterContext(PolicyRules policy, OrderProfile order, Instant now, NodeLoad load) {
        this(policy, order, ZoneClock.of(now, order.promisedBy), load);
    }

    Instant now() {
        return clock.now;
    }
}
