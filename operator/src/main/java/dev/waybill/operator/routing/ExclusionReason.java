package dev.waybill.operator.routing;

/**
 * Why a node is not a candidate for an order: a stable code, recorded in the audit trail and returned by the
 * routing preview. Codes are only ever added, never renamed. Listed in the order the filters run; a node is
 * reported with the first reason that excludes it.
 */
public enum ExclusionReason {
    /** The policy's {@code candidates.nodeSelector} does not select the node's labels. */
    SelectorMismatch,
    /** The node lacks one of the policy's {@code candidates.requiredCapabilities}. */
    MissingCapability,
    /** The node's {@code spec.paused} is true. */
    Paused,
    /** The node's adapter cannot take work now ({@code AdapterAvailable=False}: circuit open, vendor down). */
    AdapterUnavailable,
    /** The node does not offer the order's shipping method. */
    ShippingMethodUnsupported,
    /** A same-day order, and the node's local time is at or past its cut-off. */
    PastCutoff,
    /** The earliest delivery from this node falls after the order's {@code promisedBy}. */
    CannotMeetPromise,
    /** The node's backlog (dispatched, not yet shipped) has reached {@code capacity.maxBacklog}. */
    BacklogFull,
    /** The node accepted {@code capacity.ordersPerHour} orders in the last hour already. */
    HourlyCapacityFull,
    /** The node holds none of the order's lines in the quantity ordered. */
    OutOfStock
}
