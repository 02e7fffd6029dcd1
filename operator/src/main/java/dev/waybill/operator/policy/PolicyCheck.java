package dev.waybill.operator.policy;

import dev.waybill.api.v1alpha1.meta.Capability;
import dev.waybill.api.v1alpha1.node.FulfillmentNode;
import dev.waybill.api.v1alpha1.policy.RoutingPolicySpec;
import dev.waybill.operator.expression.CelOrderPredicates;
import dev.waybill.operator.expression.CompiledPredicate;
import dev.waybill.adapter.expression.ExpressionException;
import dev.waybill.operator.status.Problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What only the operator can judge of a policy: whether its CEL match compiles against the canonical order, whether
 * its selector is usable, and how many nodes it selects and qualify. A pure decision over the spec and the nodes.
 */
public record PolicyCheck(Optional<Compiled> compiled, List<Problem> problems, int matchedNodes, int candidates,
                          Optional<Problem> candidateWarning) {

    /** The compiled parts of a valid policy. */
    public record Compiled(CompiledPredicate match, Predicate<Map<String, String>> selector) {
    }

    public static PolicyCheck of(RoutingPolicySpec spec, List<FulfillmentNode> nodesInNamespace) {
        List<Problem> problems = new ArrayList<>();
        CompiledPredicate match = null;
        try {
            match = CelOrderPredicates.compile(spec.match == null ? "true" : spec.match);
        } catch (ExpressionException e) {
            problems.add(new Problem("InvalidExpression", "spec.match", e.getMessage()));
        }
        var selector = spec.candidates == null ? null : spec.candidates.nodeSelector;
        String selectorProblem = NodeSelectors.problem(selector);
        if (selectorProblem != null) {
            problems.add(new Problem("InvalidSelector", "spec.candidates.nodeSelector", selectorProblem));
        }
        if (!problems.isEmpty()) {
            return new PolicyCheck(Optional.empty(), problems, 0, 0, Optional.empty());
        }
        Predicate<Map<String, String>> predicate = NodeSelectors.compile(selector);
        List<FulfillmentNode> selected = nodesInNamespace.stream().filter(n -> predicate.test(labels(n))).toList();
        Set<Capability> required = spec.candidates == null || spec.candidates.requiredCapabilities == null ? Set.of()
                : Set.copyOf(spec.candidates.requiredCapabilities);
        long qualifying = selected.stream().filter(n -> n.getSpec().capabilities.containsAll(required)).count();
        return new PolicyCheck(Optional.of(new Compiled(match, predicate)), problems, selected.size(), (int) qualifying,
                warning(selected.size(), qualifying, required));
    }

    private static Optional<Problem> warning(int selected, long qualifying, Set<Capability> required) {
        if (selected == 0) {
            return Optional.of(new Problem("NoMatchingNodes", "spec.candidates.nodeSelector",
                    "selects no FulfillmentNode in this namespace; matching orders go to onNoCandidate"));
        }
        if (qualifying == 0) {
            return Optional.of(new Problem("NoQualifyingNodes", "spec.candidates.requiredCapabilities",
                    "none of the " + selected + " selected nodes has all of " + required));
        }
        return Optional.empty();
    }

    private static Map<String, String> labels(FulfillmentNode node) {
        return node.getMetadata().getLabels() == null ? Map.of() : node.getMetadata().getLabels();
    }
}
