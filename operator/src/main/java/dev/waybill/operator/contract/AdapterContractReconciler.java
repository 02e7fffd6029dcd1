package dev.waybill.operator.contract;

import dev.waybill.api.v1alpha1.contract.AdapterContract;
import dev.waybill.api.v1alpha1.contract.AdapterContractStatus;
import dev.waybill.operator.live.LiveFigures;
import dev.waybill.operator.live.ResourceCaches;
import dev.waybill.operator.live.SloCheck;
import dev.waybill.operator.model.CompiledContract;
import dev.waybill.operator.model.ModelRegistry;
import dev.waybill.operator.model.ResourceKey;
import dev.waybill.operator.secret.SecretReferences;
import dev.waybill.operator.status.ConditionsBuilder;
import dev.waybill.operator.status.Problem;
import dev.waybill.operator.status.StatusWrite;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.javaoperatorsdk.operator.api.reconciler.Cleaner;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.DeleteControl;
import io.javaoperatorsdk.operator.api.reconciler.EventSourceContext;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.javaoperatorsdk.operator.api.reconciler.Workflow;
import io.javaoperatorsdk.operator.api.reconciler.dependent.Dependent;
import io.javaoperatorsdk.operator.processing.event.source.EventSource;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reconciles an AdapterContract: compiles its mappings, resolves its credential, runs its adapter (embedded, or as
 * ConfigMap + Deployment + Service), publishes it to the model and reports Valid, Ready and, with {@code spec.slo},
 * Degraded. {@code status.circuitState} and {@code status.kpis} are the KPI writer's: this reconciler never sends
 * them.
 */
@Singleton
@ControllerConfiguration(name = "adaptercontract")
@Workflow(dependents = {
        @Dependent(name = "config", type = AdapterConfigMapDependent.class, reconcilePrecondition = DeploymentMode.class),
        @Dependent(name = "deployment", type = AdapterDeploymentDependent.class,
                reconcilePrecondition = DeploymentMode.class, dependsOn = "config"),
        @Dependent(name = "service", type = AdapterServiceDependent.class, reconcilePrecondition = DeploymentMode.class)})
public class AdapterContractReconciler implements Reconciler<AdapterContract>, Cleaner<AdapterContract> {

    private final ModelRegistry model;
    private final ResourceCaches caches;
    private final LiveFigures figures;
    private final Clock clock;
    private SecretReferences<AdapterContract> secrets;

    AdapterContractReconciler(ModelRegistry model, ResourceCaches caches, LiveFigures figures, Clock clock) {
        this.model = model;
        this.caches = caches;
        this.figures = figures;
        this.clock = clock;
    }

    @Override
    public List<EventSource<?, AdapterContract>> prepareEventSources(EventSourceContext<AdapterContract> context) {
        secrets = SecretReferences.register(context, AdapterContract.class, AdapterContractReconciler::secretNames);
        return List.of(secrets.eventSource(), caches.register(AdapterContract.class, context));
    }

    @Override
    public UpdateControl<AdapterContract> reconcile(AdapterContract contract, Context<AdapterContract> context) {
        ContractCompiler.Result compiled = ContractCompiler.compile(contract.getSpec());
        SecretReferences.Resolution credential = resolveCredential(contract);
        SecretReferences.Resolution webhookSecret = resolveWebhookSecret(contract);
        Optional<Problem> runtimeProblem = runtimeProblem(contract, context);
        boolean usable = compiled.problems().isEmpty() && credential.problem().isEmpty()
                && webhookSecret.problem().isEmpty();
        if (usable) {
            model.putContract(CompiledContract.of(contract, compiled.mappings(), credential.credential(),
                    webhookSecret.credential()));
        } else {
            model.removeContract(ResourceKey.of(contract));
        }
        List<Problem> readiness = new ArrayList<>(compiled.problems());
        credential.problem().ifPresent(readiness::add);
        webhookSecret.problem().ifPresent(readiness::add);
        runtimeProblem.ifPresent(readiness::add);
        return writeStatus(contract, context, compiled.problems(), readiness);
    }

    @Override
    public DeleteControl cleanup(AdapterContract contract, Context<AdapterContract> context) {
        model.removeContract(ResourceKey.of(contract));
        return DeleteControl.defaultDelete();
    }

    /** Every Secret a contract names: its auth credential and its webhook signing secret. */
    private static List<String> secretNames(AdapterContract contract) {
        List<String> names = new ArrayList<>();
        Optional.ofNullable(contract.getSpec().auth).map(a -> a.secretRef).ifPresent(r -> names.add(r.name));
        Optional.ofNullable(contract.getSpec().events).map(e -> e.signature).map(s -> s.secretRef)
                .ifPresent(r -> names.add(r.name));
        return names;
    }

    private SecretReferences.Resolution resolveWebhookSecret(AdapterContract contract) {
        var signature = Optional.ofNullable(contract.getSpec().events).map(e -> e.signature);
        if (signature.isEmpty() || signature.get().secretRef == null) {
            return new SecretReferences.Resolution(Optional.empty(), Optional.empty());
        }
        return secrets.resolve(contract.getMetadata().getNamespace(), signature.get().secretRef,
                "spec.events.signature.secretRef");
    }

    private SecretReferences.Resolution resolveCredential(AdapterContract contract) {
        var auth = contract.getSpec().auth;
        if (auth == null || auth.secretRef == null) {
            return new SecretReferences.Resolution(Optional.empty(), Optional.empty());
        }
        return secrets.resolve(contract.getMetadata().getNamespace(), auth.secretRef, "spec.auth.secretRef");
    }

    private static Optional<Problem> runtimeProblem(AdapterContract contract, Context<AdapterContract> context) {
        if (!DeploymentMode.isDeployment(contract)) {
            return Optional.empty();
        }
        Optional<Deployment> deployment = context.getSecondaryResource(Deployment.class);
        if (deployment.isPresent() && AdapterDeploymentDependent.available(deployment.get())) {
            return Optional.empty();
        }
        int available = deployment.map(Deployment::getStatus).map(s -> s.getAvailableReplicas()).orElse(0);
        return Optional.of(new Problem("DeploymentNotAvailable", "spec.runtime",
                "Deployment " + AdapterNames.of(contract) + " has " + available + " available replicas, wants "
                        + Optional.ofNullable(contract.getSpec().runtime.replicas).orElse(1)));
    }

    private UpdateControl<AdapterContract> writeStatus(AdapterContract contract, Context<AdapterContract> context,
                                                       List<Problem> validity, List<Problem> readiness) {
        AdapterContractStatus current = Optional.ofNullable(contract.getStatus()).orElseGet(AdapterContractStatus::new);
        AdapterContractStatus next = new AdapterContractStatus();
        next.observedGeneration = contract.getMetadata().getGeneration();
        ConditionsBuilder conditions = ConditionsBuilder.from(current.conditions, next.observedGeneration, clock)
                .fromProblems("Valid", validity, "Compiled", "every mapping compiles")
                .fromProblems("Ready", readiness, "AdapterReady", readyMessage(contract));
        SloCheck.degraded(conditions, contract.getSpec().slo != null,
                SloCheck.contract(contract.getSpec().slo, figures.contract(ResourceKey.of(contract))));
        next.conditions = conditions.build();
        next.endpoint = DeploymentMode.isDeployment(contract) ? AdapterNames.serviceUrl(contract)
                : "embedded://" + contract.getMetadata().getNamespace() + "/" + contract.getMetadata().getName();
        return StatusWrite.ifChanged(context.getClient(), clock, contract, current, next);
    }

    private static String readyMessage(AdapterContract contract) {
        return DeploymentMode.isDeployment(contract)
                ? "adapter Deployment " + AdapterNames.of(contract) + " is available"
                : "adapter runs embedded in the operator";
    }
}
