package dev.waybill.operator.node;

import dev.waybill.api.v1alpha1.contract.AdapterContract;
import dev.waybill.api.v1alpha1.node.FulfillmentNode;
import dev.waybill.api.v1alpha1.node.FulfillmentNodeStatus;
import dev.waybill.operator.live.ResourceCaches;
import dev.waybill.operator.model.CompiledNode;
import dev.waybill.operator.model.ModelRegistry;
import dev.waybill.operator.model.ResourceKey;
import dev.waybill.operator.reference.ReferenceInformers;
import dev.waybill.operator.status.ConditionsBuilder;
import dev.waybill.operator.status.Problem;
import dev.waybill.operator.status.StatusWrite;
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

/**
 * Reconciles a FulfillmentNode: checks its spec and its contract, publishes it to the model, and reports Ready and
 * AdapterAvailable. A change to its contract (spec or status, its circuit included; not its KPIs) re-reconciles
 * every node that uses it. {@code status.kpis} is the KPI writer's: this reconciler never sends it.
 */
@Singleton
@ControllerConfiguration(name = "fulfillmentnode")
public class FulfillmentNodeReconciler implements Reconciler<FulfillmentNode>, Cleaner<FulfillmentNode> {

    private final ModelRegistry model;
    private final ResourceCaches caches;
    private final Clock clock;
    private InformerEventSource<AdapterContract, FulfillmentNode> contracts;

    FulfillmentNodeReconciler(ModelRegistry model, ResourceCaches caches, Clock clock) {
        this.model = model;
        this.caches = caches;
        this.clock = clock;
    }

    @Override
    public List<EventSource<?, FulfillmentNode>> prepareEventSources(EventSourceContext<FulfillmentNode> context) {
        contracts = ReferenceInformers.register(context, FulfillmentNode.class, AdapterContract.class,
                n -> List.of(n.getSpec().adapterRef.name), null);
        return List.of(contracts, caches.register(FulfillmentNode.class, context));
    }

    @Override
    public UpdateControl<FulfillmentNode> reconcile(FulfillmentNode node, Context<FulfillmentNode> context) {
        NodeCheck check = NodeCheck.of(node, findContract(node));
        if (check.specProblem().isEmpty()) {
            model.putNode(CompiledNode.of(node, check.cutoffZone(), check.adapterProblem().isEmpty()));
        } else {
            model.removeNode(ResourceKey.of(node));
        }
        return writeStatus(node, context, check);
    }

    @Override
    public DeleteControl cleanup(FulfillmentNode node, Context<FulfillmentNode> context) {
        model.removeNode(ResourceKey.of(node));
        return DeleteControl.defaultDelete();
    }

    private Optional<AdapterContract> findContract(FulfillmentNode node) {
        return contracts.get(new ResourceID(node.getSpec().adapterRef.name, node.getMetadata().getNamespace()));
    }

    private UpdateControl<FulfillmentNode> writeStatus(FulfillmentNode node, Context<FulfillmentNode> context,
                                                       NodeCheck check) {
        FulfillmentNodeStatus current = Optional.ofNullable(node.getStatus()).orElseGet(FulfillmentNodeStatus::new);
        FulfillmentNodeStatus next = new FulfillmentNodeStatus();
        next.observedGeneration = node.getMetadata().getGeneration();
        Optional<Problem> notReady = check.specProblem().or(check::adapterProblem);
        ConditionsBuilder conditions = ConditionsBuilder.from(current.conditions, next.observedGeneration, clock);
        notReady.ifPresentOrElse(p -> conditions.isFalse("Ready", p),
                () -> conditions.isTrue("Ready", "NodeReady", readyMessage(node)));
        check.adapterProblem().ifPresentOrElse(p -> conditions.isFalse("AdapterAvailable", p),
                () -> conditions.isTrue("AdapterAvailable", "ContractReady",
                        "AdapterContract " + node.getSpec().adapterRef.name + " is Ready"));
        next.conditions = conditions.build();
        return StatusWrite.ifChanged(context.getClient(), clock, node, current, next);
    }

    private static String readyMessage(FulfillmentNode node) {
        return Boolean.TRUE.equals(node.getSpec().paused) ? "node is paused: no new orders are routed here"
                : "node takes orders through AdapterContract " + node.getSpec().adapterRef.name;
    }
}
