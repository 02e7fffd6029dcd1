package dev.waybill.operator.contract;

import dev.waybill.api.v1alpha1.contract.AdapterContract;
import dev.waybill.api.v1alpha1.contract.AdapterRuntime;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.dependent.DependentResource;
import io.javaoperatorsdk.operator.processing.dependent.workflow.Condition;

/**
 * Whether the adapter runs as its own Deployment. When it does not (Embedded), the ConfigMap, Deployment and
 * Service are not wanted, and the workflow deletes any left from an earlier Deployment mode.
 */
public class DeploymentMode implements Condition<Object, AdapterContract> {

    @Override
    public boolean isMet(DependentResource<Object, AdapterContract> dependent, AdapterContract contract,
                         Context<AdapterContract> context) {
        return isDeployment(contract);
    }

    public static boolean isDeployment(AdapterContract contract) {
        AdapterRuntime runtime = contract.getSpec().runtime;
        return runtime != null && runtime.mode == AdapterRuntime.Mode.Deployment;
    }
}
