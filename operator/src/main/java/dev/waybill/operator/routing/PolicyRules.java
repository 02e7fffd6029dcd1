package dev.waybill.operator.routing;

import dev.waybill.api.v1alpha1.meta.Capability;
import dev.waybill.api.v1alpha1.policy.BackorderAction;
import dev.waybill.api.v1alpha1.policy.NoCandidateAction;
import dev.waybill.api.v1alpha1.policy.PolicyMode;
import dev.waybill.api.v1alpha1.policy.RoutingPolicySpec;
import dev.waybill.api.v1alpha1.policy.ScoringWeights;
import dev.waybill.operator.expression.CompiledPredicate;
import dev.waybill.operator.model.CompiledPolicy;
import dev.waybill.operator.model.ResourceKey;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A policy's rules with the CRD's defaults applied (a hand-built spec may leave any field null): priority 100,
 * mode Active, rollout 100%, every weight 1.0, no split, backorder ManualReview, onNoCandidate ManualReview, no
 * selector (every node), no match (every order). Computed once per snapshot.
 */
final class PolicyRules {

    final CompiledPolicy policy;
    final ResourceKey key;
    final String name;
    final int priority;
    final PolicyMode mode;
    final int rolloutPercent;
    /** Null: every order matches. */
    final CompiledPredicate match;
    final Predicate<Map<String, String>> selector;
    final Set<Capability> requiredCapabilities;
    final double distanceWeight;
    final double costWeight;
    final double loadWeight;
    final double promiseWeight;
    final boolean splitAllowed;
    /** With a split: most shipments; unlimited when unset (the API server demands it when split is allowed). */
    final int maxShipments;
    final BackorderAction backorderAction;
    /** With Hold: minutes; 0 when unset (the API server demands it), so the hold ends at once. */
    final int maxHoldMinutes;
    final NoCandidateAction onNoCandidate;

    /** The namespace's nodes this policy was indexed with, and whether its selector picks each; null outside. */
    private final NodeProfile[] indexedNodes;
    private final boolean[] selected;

    /** A policy outside any index: its selector is evaluated on every call. */
    PolicyRules(CompiledPolicy policy) {
        this(policy, null);
    }

    /**
     * A policy indexed with its namespace's nodes: the selector, a pure function of labels that are fixed for the
     * snapshot, is evaluated once per node here instead of on every decision.
     */
    PolicyRules(CompiledPolicy policy, NodeProfile[] namespaceNodes) {
        RoutingPolicySpec spec = policy.spec() == null ? new RoutingPolicySpec() : policy.spec();
        this.policy = policy;
        this.key = policy.key();
        this.name = key.name();
        this.priority = spec.priority == null ? 100 : spec.priority;
        this.mode = spec.mode == null ? PolicyMode.Active : spec.mode;
        this.rolloutPercent = spec.rollout == null || spec.rollout.percent == null ? 100 : spec.rollout.percent;
        this.match = policy.match();
        this.selector = policy.nodeSelector() == null ? labels -> true : policy.nodeSelector();
        this.requiredCapabilities = spec.candidates == null || spec.candidates.requiredCapabilities == null
                || spec.candidates.requiredCapabilities.isEmpty()
                ? EnumSet.noneOf(Capability.class) : EnumSet.copyOf(spec.candidates.requiredCapabilities);
        ScoringWeights weights = spec.scoring == null || spec.scoring.weights == null
                ? new ScoringWeights() : spec.scoring.weights;
        this.distanceWeight = weight(weights.distance);
        this.costWeight = weight(weights.cost);
        this.loadWeight = weight(weights.load);
        this.promiseWeight = weight(weights.promise);
        this.splitAllowed = spec.split != null && Boolean.TRUE.equals(spec.split.allowed);
        this.maxShipments = spec.split == null || spec.split.maxShipments == null
                ? Integer.MAX_VALUE : spec.split.maxShipments;
        this.backorderAction = spec.backorder == null || spec.backorder.action == null
                ? BackorderAction.ManualReview : spec.backorder.action;
        this.maxHoldMinutes = spec.backorder == null || spec.backorder.maxHoldMinutes == null
                ? 0 : spec.backorder.maxHoldMinutes;
        this.onNoCandidate = spec.onNoCandidate == null ? NoCandidateAction.ManualReview : spec.onNoCandidate;
        this.indexedNodes = namespaceNodes;
        this.selected = namespaceNodes == null || mode == PolicyMode.Disabled ? null : select(namespaceNodes);
    }

    /** Whether the policy's node selector picks the node. */
    boolean selects(NodeProfile node) {
        int p = node.position;
        if (selected != null && p >= 0 && p < selected.length && indexedNodes[p] == node) {
            return selected[p];
        }
        return selector.test(node.labels);
    }

    private boolean[] select(NodeProfile[] nodes) {
        boolean[] picks = new boolean[nodes.length];
        for (int i = 0; i < nodes.length; i++) {
            picks[i] = selector.test(nodes[i].labels);
        }
        return picks;
    }

    private static double weight(Double weight) {
        return weight == null ? 1.0 : Math.max(0.0, weight);
    }

    @Override
    public String toString() {
        return "PolicyRules[" + key + "]";
    }
}
