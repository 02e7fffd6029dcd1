package dev.waybill.operator.routing;

import dev.waybill.operator.model.CompiledModel;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * The routing engine's entry point: decides which nodes fulfil an order, and explains why.
 *
 * <p>Pure: a decision depends only on the {@link RouteRequest} (snapshot, order, namespace, {@code now}, load and
 * stock as the caller reports them); no store, no HTTP, no clock. Thread-safe: one instance serves the whole
 * process. The only state is a cache of the last snapshot's pre-digested form (node and policy facts parsed once,
 * sorted once), rebuilt when a request brings another snapshot.
 *
 * <p>The chain: {@link PolicySelector} picks the Active policy (and the Shadow ones); for each,
 * {@link CandidateFilters} exclude nodes, {@link CandidateScorer} ranks the rest, {@link StockCoverage} finds the
 * best-ranked node with every line in stock, else {@link SplitPlanner} splits if the policy allows, else the
 * policy's backorder action applies. Every node excluded gives the policy's {@code onNoCandidate}; no policy
 * gives {@link RouteDecision.NoPolicy}.
 */
public final class Router {

    private volatile RoutingIndex index = RoutingIndex.of(CompiledModel.EMPTY);

    /** Decides for one order. */
    public RouteResult decide(RouteRequest request) {
        RoutingIndex snapshot = index(request.model());
        RoutingIndex.Namespace namespace = snapshot.namespace(request.namespace());
        OrderProfile order = new OrderProfile(request.order());
        ZoneClock clock = snapshot.clock(request.now(), order.promisedBy);
        PolicySelector.Selection selection =
                PolicySelector.select(namespace.policies(), order.orderId, request.orderAsMap());
        RouteDecision decision;
        Explanation explanation;
        if (selection.active() == null) {
            decision = new RouteDecision.NoPolicy();
            explanation = new Explanation(null, selection.verdicts(), List.of(), List.of(),
                    Summaries.noPolicy(order.orderId, request.namespace(), selection.verdicts()));
        } else {
            PolicyRouting.Run run = PolicyRouting.run(selection.active(), namespace.nodes(), order, clock,
                    request.load(), request.stock(), true);
            decision = run.decision();
            explanation = new Explanation(selection.active().name, selection.verdicts(), run.candidates(),
                    run.excluded(), Summaries.of(order.orderId, selection.active(), run));
        }
        List<ShadowComparison> shadows = new ArrayList<>(selection.shadows().size());
        for (PolicyRules shadow : selection.shadows()) {
            RouteDecision shadowDecision = PolicyRouting.run(shadow, namespace.nodes(), order, clock,
                    request.load(), request.stock(), false).decision();
            shadows.add(compare(shadow.name, decision, shadowDecision));
        }
        return new RouteResult(decision, explanation, shadows);
    }

    /** Same kind of decision and the same set of (node, lines) shipments. */
    static ShadowComparison compare(String policy, RouteDecision active, RouteDecision shadow) {
        boolean agrees = active.getClass() == shadow.getClass()
                && new HashSet<>(active.shipments()).equals(new HashSet<>(shadow.shipments()));
        return new ShadowComparison(policy, agrees, active.shipments(), shadow.shipments(),
                shadow.getClass().getSimpleName());
    }

    private RoutingIndex index(CompiledModel model) {
        RoutingIndex current = index;
        if (current.model != model) {
            current = RoutingIndex.of(model);
            index = current;
        }
        return current;
    }
}
