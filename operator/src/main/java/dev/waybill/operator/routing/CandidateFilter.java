package dev.waybill.operator.routing;

/**
 * One rule of the candidate chain: whether a node may take an order under a policy.
 * Implementations are pure and allocate nothing.
 */
@FunctionalInterface
interface CandidateFilter {

    /** The reason the node is excluded, or null when it passes this rule. */
    ExclusionReason exclude(NodeProfile node, FilterContext context);
}
