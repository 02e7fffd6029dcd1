package dev.waybill.operator.source;

import dev.waybill.api.v1alpha1.contract.AdapterContract;
import dev.waybill.api.v1alpha1.source.OrderSource;
import dev.waybill.api.v1alpha1.source.OrderSourceStatus;
import dev.waybill.adapter.expression.CompiledMapping;
import dev.waybill.adapter.expression.ExpressionException;
import dev.waybill.adapter.expression.JsonataMappings;
import dev.waybill.operator.live.ResourceCaches;
import dev.waybill.operator.model.CompiledSource;
import dev.waybill.operator.model.ModelRegistry;
import dev.waybill.operator.model.ResourceKey;
import dev.waybill.operator.reference.ReferenceInformers;
import dev.waybill.operator.secret.SecretReferences;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reconciles an OrderSource: compiles its payload mapping, reads its shared key, checks its payment contract can
 * void, publishes it for intake and reports Ready.
 */
@Singleton
@ControllerConfiguration(name = "ordersource")
public class OrderSourceReconciler implements Reconciler<OrderSource>, Cleaner<OrderSource> {

    private final ModelRegistry model;
    private final ResourceCaches caches;
    private final Clock clock;
    private SecretReferences<OrderSource> secrets;
    private InformerEventSource<AdapterContract, OrderSource> contracts;

    OrderSourceReconciler(ModelRegistry model, ResourceCaches caches, Clock clock) {
        this.model = model;
        this.caches = caches;
        this.clock = clock;
    }

    @Override
    public List<EventSource<?, OrderSource>> prepareEventSources(EventSourceContext<OrderSource> context) {
        secrets = SecretReferences.register(context, OrderSource.class,
                s -> Optional.ofNullable(s.getSpec().auth).map(a -> a.secretRef).map(r -> r.name).stream().toList());
        contracts = ReferenceInformers.register(context, OrderSource.class, AdapterContract.class,
                s -> Optional.ofNullable(s.getSpec().paymentContractRef).map(r -> r.name).stream().toList(), null);
        return List.of(secrets.eventSource(), contracts, caches.register(OrderSource.class, context));
    }

    @Override
    public UpdateControl<OrderSource> reconcile(OrderSource source, Context<OrderSource> context) {
        List<Problem> problems = new ArrayList<>();
        Optional<CompiledMapping> mapping = compileMapping(source, problems);
        SecretReferences.Resolution credential = resolveCredential(source);
        credential.problem().ifPresent(problems::add);
        paymentContractProblem(source).ifPresent(problems::add);
        if (problems.isEmpty()) {
            model.putSource(CompiledSource.of(source, mapping, credential.credential()));
        } else {
            model.removeSource(ResourceKey.of(source));
        }
        return writeStatus(source, context, problems);
    }

    @Override
    public DeleteControl cleanup(OrderSource source, Context<OrderSource> context) {
        model.removeSource(ResourceKey.of(source));
        return DeleteControl.defaultDelete();
    }

    private static Optional<CompiledMapping> compileMapping(OrderSource source, List<Problem> problems) {
        if (source.getSpec().mapping == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(JsonataMappings.compile(source.getSpec().mapping));
        } catch (ExpressionException e) {
            problems.add(new Problem("InvalidMapping", "spec.mapping", e.getMessage()));
            return Optional.empty();
        }
    }

    private SecretReferences.Resolution resolveCredential(OrderSource source) {
        var auth = source.getSpec().auth;
        if (auth == null || auth.secretRef == null) {
            return new SecretReferences.Resolution(Optional.empty(), Optional.empty());
        }
        return secrets.resolve(source.getMetadata().getNamespace(), auth.secretRef, "spec.auth.secretRef");
    }

    private Optional<Problem> paymentContractProblem(OrderSource source) {
        var ref = source.getSpec().paymentContractRef;
        if (ref == null) {
            return Optional.empty();
        }
        Optional<AdapterContract> contract = contracts.get(new ResourceID(ref.name, source.getMetadata().getNamespace()));
        if (contract.isEmpty()) {
            return Optional.of(new Problem("PaymentContractNotFound", "spec.paymentContractRef.name",
                    "AdapterContract " + ref.name + " not found in this namespace"));
        }
        var operations = contract.get().getSpec().operations;
        if (operations == null || operations.voidPayment == null) {
            return Optional.of(new Problem("PaymentContractCannotVoid", "spec.paymentContractRef.name",
                    "AdapterContract " + ref.name + " has no void operation to release a payment authorization"));
        }
        return Optional.empty();
    }

    private UpdateControl<OrderSource> writeStatus(OrderSource source, Context<OrderSource> context,
                                                   List<Problem> problems) {
        OrderSourceStatus current = Optional.ofNullable(source.getStatus()).orElseGet(OrderSourceStatus::new);
        OrderSourceStatus next = new OrderSourceStatus();
        next.observedGeneration = source.getMetadata().getGeneration();
        next.conditions = ConditionsBuilder.from(current.conditions, next.observedGeneration, clock)
                .fromProblems("Ready", problems, "SourceReady", "orders are accepted at /api/v1/sources/"
                        + source.getMetadata().getName() + "/orders")
                .build();
        return StatusWrite.ifChanged(context.getClient(), clock, source, current, next);
    }
}
