package dev.waybill.operator.policy;

import dev.waybill.api.v1alpha1.node.FulfillmentNode;
import dev.waybill.api.v1alpha1.policy.RoutingPolicy;
import dev.waybill.api.v1alpha1.policy.RoutingPolicyStatus;
import dev.waybill.operator.live.LiveFigures;
import dev.waybill.operator.live.ResourceCaches;
import dev.waybill.operator.live.SloCheck;
import dev.waybill.operator.model.CompiledPolicy;
import dev.waybill.operator.model.ModelRegistry;
import dev.waybill.operator.model.ResourceKey;
import dev.waybill.operator.status.ConditionsBuilder;
import dev.waybill.operator.status.LiveFieldFilter;
import dev.waybill.operator.status.StatusWrite;
import io.javaoperatorsdk.operator.api.config.informer.InformerEventSourceConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.Cleaner;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.DeleteControl;
import io.javaoperatorsdk.operator.api.reconciler.EventSourceContext;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import io.javaoperatorsdk.operator.processing.event.source.EventSource;
import io.javaoperatorsdk.operator.processing.event.source.informer.InformerEventSource;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reconciles a RoutingPolicy: compiles its CEL match, checks its candidate selector against the nodes that exist,
 * publishes it to the model, and reports Valid, Ready and CandidatesAvailable. Any node change in the namespace
 * re-reconciles its policies, so a node that appears satisfies a selector without delay. Node counts stay out of
 * the status on purpose: they would rewrite every policy each time a node comes or goes. With {@code spec.slo},
 * {@code Degraded} judges the policy's live figures; the KPI writer asks for a reconcile when that verdict changes.
 */
@Singleton
@ControllerConfiguration(name = "routingpolicy")
public class RoutingPolicyReconciler implements Reconciler<RoutingPolicy>, Cleaner<RoutingPolicy> {

    private final ModelRegistry model;
    private final ResourceCaches caches;
    private final LiveFigures figures;
    private final Clock clock;
    private InformerEventSource<FulfillmentNode, RoutingPolicy> nodes;

    RoutingPolicyReconciler(ModelRegistry model, ResourceCaches caches, LiveFigures figures, Clock clock) {
        this.model = model;
        this.caches = caches;
        this.figures = figures;
        this.clock = clock;
    }

    @Override
    public List<EventSource<?, RoutingPolicy>> prepareEventSources(EventSourceContext<RoutingPolicy> context) {
        var configuration = InformerEventSourceConfiguration.from(FulfillmentNode.class, RoutingPolicy.class)
                .withName("policyNodes")
                .withOnUpdateFilter(LiveFieldFilter.beyondKpis())
                .withSecondaryToPrimaryMapper((FulfillmentNode n) -> context.getPrimaryCache()
                        .list(n.getMetadata().getNamespace()).map(ResourceID::fromResource)
                        .collect(Collectors.toSet()))
                .build();
        nodes = new InformerEventSource<>(configuration, context);
        return List.of(nodes, caches.register(RoutingPolicy.class, context));
    }

    @Override
    public UpdateControl<RoutingPolicy> reconcile(RoutingPolicy policy, Context<RoutingPolicy> context) {
        PolicyCheck check = PolicyCheck.of(policy.getSpec(),
                nodes.list(policy.getMetadata().getNamespace()).toList());
        check.compiled().ifPresentOrElse(
                compiled -> model.putPolicy(CompiledPolicy.of(policy, compiled.match(), compiled.selector())),
                () -> model.removePolicy(ResourceKey.of(policy)));
        return writeStatus(policy, context, check);
    }

    @Override
    public DeleteControl cleanup(RoutingPolicy policy, Context<RoutingPolicy> context) {
        model.removePolicy(ResourceKey.of(policy));
        return DeleteControl.defaultDelete();
    }

    private UpdateControl<RoutingPolicy> writeStatus(RoutingPolicy policy, Context<RoutingPolicy> context,
                                                     PolicyCheck check) {
        RoutingPolicyStatus current = Optional.ofNullable(policy.getStatus()).orElseGet(RoutingPolicyStatus::new);
        RoutingPolicyStatus next = new RoutingPolicyStatus();
        next.observedGeneration = policy.getMetadata().getGeneration();
        ConditionsBuilder conditions = ConditionsBuilder.from(current.conditions, next.observedGeneration, clock)
                .fromProblems("Valid", check.problems(), "Compiled", "match and node selector compile")
                .fromProblems("Ready", check.problems(), "PolicyReady", "policy is in the model, mode "
                        + Optional.ofNullable(policy.getSpec().mode).map(Enum::name).orElse("Active"));
        check.candidateWarning().ifPresentOrElse(w -> conditions.isFalse("CandidatesAvailable", w),
                () -> conditions.isTrue("CandidatesAvailable", "NodesMatched",
                        "the node selector selects nodes with the required capabilities"));
        SloCheck.degraded(conditions, policy.getSpec().slo != null,
                SloCheck.policy(policy.getSpec().slo, figures.policy(ResourceKey.of(policy))));
        next.conditions = conditions.build();
        return StatusWrite.ifChanged(context.getClient(), clock, policy, current, next);
    }
}
