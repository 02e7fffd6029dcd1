package dev.waybill.operator.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.waybill.api.v1alpha1.contract.AdapterContract;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.javaoperatorsdk.operator.api.config.informer.Informer;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.processing.dependent.kubernetes.CRUDKubernetesDependentResource;
import io.javaoperatorsdk.operator.processing.dependent.kubernetes.KubernetesDependent;

import java.util.Map;

/**
 * The rendered contract the adapter Deployment runs, as {@code contract.json}. Holds the contract's spec only: the
 * credential stays in its Secret and reaches the pod through a secretKeyRef.
 */
@KubernetesDependent(informer = @Informer(labelSelector = AdapterDeploymentDependent.MANAGED_SELECTOR))
public class AdapterConfigMapDependent extends CRUDKubernetesDependentResource<ConfigMap, AdapterContract> {

    static final String CONTRACT_FILE = "contract.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    @Override
    protected ConfigMap desired(AdapterContract contract, Context<AdapterContract> context) {
        return new ConfigMapBuilder()
                .withNewMetadata()
                .withName(AdapterNames.of(contract))
                .withNamespace(contract.getMetadata().getNamespace())
                .withLabels(AdapterNames.labels(contract))
                .endMetadata()
                .withData(Map.of(CONTRACT_FILE, render(contract)))
                .build();
    }

    /** The contract document; stable for an unchanged spec, so it also serves as the pods' rollout hash input. */
    static String render(AdapterContract contract) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(Map.of(
                    "apiVersion", contract.getApiVersion(),
                    "name", contract.getMetadata().getName(),
                    "namespace", contract.getMetadata().getNamespace(),
                    "spec", contract.getSpec()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a contract spec always serializes", e);
        }
    }
}
