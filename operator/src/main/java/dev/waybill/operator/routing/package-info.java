/**
 * The routing engine: which nodes fulfil an order, and why.
 *
 * <p>Pure: {@link dev.waybill.operator.routing.Router#decide(RouteRequest)} reads only its inputs (the compiled
 * snapshot, the order, the instant {@code now}, and the caller's read-only {@link
 * dev.waybill.operator.routing.NodeLoad} and {@link dev.waybill.operator.routing.StockLevels}); no store, no HTTP,
 * no clock. The rules are an ordered chain of small functions, each testable alone:
 * policy selection ({@link dev.waybill.operator.routing.PolicySelector}, {@link
 * dev.waybill.operator.routing.RolloutBuckets}), candidate filters ({@link
 * dev.waybill.operator.routing.CandidateFilters}), scoring ({@link dev.waybill.operator.routing.CandidateScorer}),
 * stock coverage ({@link dev.waybill.operator.routing.StockCoverage}) and splitting ({@link
 * dev.waybill.operator.routing.SplitPlanner}). The answer is a {@link dev.waybill.operator.routing.RouteResult}:
 * a {@link dev.waybill.operator.routing.RouteDecision}, an {@link dev.waybill.operator.routing.Explanation} for
 * the audit trail and the routing preview, and one {@link dev.waybill.operator.routing.ShadowComparison} per
 * Shadow policy that took the order.
 */
package dev.waybill.operator.routing;
