package dev.waybill.operator.model;

import dev.waybill.api.v1alpha1.policy.RoutingPolicy;
import dev.waybill.api.v1alpha1.policy.RoutingPolicySpec;
import dev.waybill.operator.expression.CompiledPredicate;

import java.util.Map;
import java.util.function.Predicate;

/** A RoutingPolicy with its CEL match compiled and its node selector turned into a predicate over node labels. */
public record CompiledPolicy(ResourceKey key, long generation, RoutingPolicySpec spec, CompiledPredicate match,
                             Predicate<Map<String, String>> nodeSelector) {

    public static CompiledPolicy of(RoutingPolicy policy, CompiledPredicate match,
                                    Predicate<Map<String, String>> nodeSelector) {
        return new CompiledPolicy(ResourceKey.of(policy), policy.getMetadata().getGeneration(),
                Specs.copy(policy.getSpec()), match, nodeSelector);
    }
}
