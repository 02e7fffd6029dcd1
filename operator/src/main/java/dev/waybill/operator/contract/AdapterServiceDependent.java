package dev.waybill.operator.contract;

import dev.waybill.api.v1alpha1.contract.AdapterContract;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.javaoperatorsdk.operator.api.config.informer.Informer;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.processing.dependent.kubernetes.CRUDKubernetesDependentResource;
import io.javaoperatorsdk.operator.processing.dependent.kubernetes.KubernetesDependent;

/** The ClusterIP Service in front of a Deployment-mode adapter; its URL is the contract's status.endpoint. */
@KubernetesDependent(informer = @Informer(labelSelector = AdapterDeploymentDependent.MANAGED_SELECTOR))
public class AdapterServiceDependent extends CRUDKubernetesDependentResource<Service, AdapterContract> {

    @Override
    protected Service desired(AdapterContract contract, Context<AdapterContract> context) {
        return new ServiceBuilder()
                .withNewMetadata()
                .withName(AdapterNames.of(contract))
                .withNamespace(contract.getMetadata().getNamespace())
                .withLabels(AdapterNames.labels(contract))
                .endMetadata()
                .withNewSpec()
                .withType("ClusterIP")
                .withSelector(AdapterNames.labels(contract))
                .addNewPort().withName("http").withProtocol("TCP").withPort(8080)
                .withTargetPort(new IntOrString("http")).endPort()
                .endSpec()
                .build();
    }
}
