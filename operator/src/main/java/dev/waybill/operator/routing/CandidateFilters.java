package dev.waybill.operator.routing;

import dev.waybill.api.v1alpha1.meta.ShippingMethod;

import java.util.List;

/**
 * The candidate chain, in the order it runs; a node is reported with the first rule that excludes it. Stock is
 * not a filter here: it is checked after scoring, in rank order ({@link StockCoverage}), since a node holding
 * only some lines is still a candidate for a split.
 */
final class CandidateFilters {

    /** The policy's label selector picks the node. */
    static final CandidateFilter SELECTOR = CandidateFilters::selector;
    /** The node has every capability the policy requires. */
    static final CandidateFilter CAPABILITIES = CandidateFilters::capabilities;
    /** The node is not paused and its adapter can take work ({@code CompiledNode.routable()}). */
    static final CandidateFilter ROUTABLE = CandidateFilters::routable;
    /** The node offers the order's shipping method (a node that lists none offers standard only). */
    static final CandidateFilter SHIPPING_METHOD = CandidateFilters::shippingMethod;
    /** A same-day order reaches the node before its local cut-off. */
    static final CandidateFilter CUTOFF = CandidateFilters::cutoff;
    /** An order with {@code promisedBy} can be delivered from the node by then ({@link DeliveryPromise}). */
    static final CandidateFilter PROMISE = CandidateFilters::promise;
    /** The node's backlog is below {@code capacity.maxBacklog}, when set. */
    static final CandidateFilter BACKLOG = CandidateFilters::backlog;
    /** The node accepted fewer than {@code capacity.ordersPerHour} orders in the last hour, when set. */
    static final CandidateFilter HOURLY_CAPACITY = CandidateFilters::hourlyCapacity;

    /** The chain in order; {@link #firstExclusion} runs the same rules through direct calls (no dispatch). */
    static final List<CandidateFilter> CHAIN = List.of(SELECTOR, CAPABILITIES, ROUTABLE, SHIPPING_METHOD, CUTOFF,
            PROMISE, BACKLOG, HOURLY_CAPACITY);

    private CandidateFilters() {
    }

    /** The first rule of the chain that excludes the node, or null when it is a candidate. */
    static ExclusionReason firstExclusion(NodeProfile node, FilterContext c) {
        ExclusionReason reason = selector(node, c);
        if (reason == null) {
            reason = capabilities(node, c);
        }
        if (reason == null) {
            reason = routable(node, c);
        }
        if (reason == null) {
            reason = shippingMethod(node, c);
        }
        if (reason == null) {
            reason = cutoff(node, c);
        }
        if (reason == null) {
            reason = promise(node, c);
        }
        if (reason == null) {
            reason = backlog(node, c);
        }
        if (reason == null) {
            reason = hourlyCapacity(node, c);
        }
        return reason;
    }

    static ExclusionReason selector(NodeProfile node, FilterContext c) {
        return c.policy().selects(node) ? null : ExclusionReason.SelectorMismatch;
    }

    static ExclusionReason capabilities(NodeProfile node, FilterContext c) {
        return node.capabilities.containsAll(c.policy().requiredCapabilities) ? null
                : ExclusionReason.MissingCapability;
    }

    static ExclusionReason routable(NodeProfile node, FilterContext c) {
        if (node.paused) {
            return ExclusionReason.Paused;
        }
        return node.adapterAvailable && c.load().adapterAvailable(node.key) ? null
                : ExclusionReason.AdapterUnavailable;
    }

    static ExclusionReason shippingMethod(NodeProfile node, FilterContext c) {
        return node.shippingMethods.contains(c.order().shippingMethod) ? null
                : ExclusionReason.ShippingMethodUnsupported;
    }

    static ExclusionReason cutoff(NodeProfile node, FilterContext c) {
        return c.order().shippingMethod != ShippingMethod.SAME_DAY || DeliveryPromise.beforeCutoff(node, c.clock())
                ? null : ExclusionReason.PastCutoff;
    }

    static ExclusionReason promise(NodeProfile node, FilterContext c) {
        return c.order().promisedBy == null
                || DeliveryPromise.slackDays(node, c.order().shippingMethod, c.clock()) >= 0
                ? null : ExclusionReason.CannotMeetPromise;
    }

    static ExclusionReason backlog(NodeProfile node, FilterContext c) {
        return node.maxBacklog == NodeProfile.UNSET || c.load().backlog(node.key) < node.maxBacklog
                ? null : ExclusionReason.BacklogFull;
    }

    static ExclusionReason hourlyCapacity(NodeProfile node, FilterContext c) {
        return node.ordersPerHour == NodeProfile.UNSET || c.load().ordersLastHour(node.key) < node.ordersPerHour
                ? null : ExclusionReason.HourlyCapacityFull;
    }
}
