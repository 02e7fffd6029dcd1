package dev.waybill.operator.contract;

import dev.waybill.api.v1alpha1.contract.AdapterContract;
import dev.waybill.api.v1alpha1.contract.AdapterContractSpec;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarBuilder;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.ProbeBuilder;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.javaoperatorsdk.operator.api.config.informer.Informer;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.processing.dependent.kubernetes.CRUDKubernetesDependentResource;
import io.javaoperatorsdk.operator.processing.dependent.kubernetes.KubernetesDependent;
import org.eclipse.microprofile.config.ConfigProvider;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The adapter-runtime Deployment of a Deployment-mode contract: the rendered contract mounted read-only, the
 * credential from its Secret, health probes, and a Pod Security "restricted" security context.
 */
@KubernetesDependent(informer = @Informer(labelSelector = AdapterDeploymentDependent.MANAGED_SELECTOR))
public class AdapterDeploymentDependent extends CRUDKubernetesDependentResource<Deployment, AdapterContract> {

    /** Only objects this operator manages are cached. */
    public static final String MANAGED_SELECTOR = "app.kubernetes.io/managed-by=waybill-operator";
    static final String CONTRACT_HASH = "waybill.dev/contract-hash";

    /** java-operator-sdk creates dependents itself, so the configured default is read here, once. */
    private final String defaultImage = ConfigProvider.getConfig().getValue("waybill.adapter.image", String.class);

    @Override
    protected Deployment desired(AdapterContract contract, Context<AdapterContract> context) {
        AdapterContractSpec spec = contract.getSpec();
        String name = AdapterNames.of(contract);
        Map<String, String> labels = AdapterNames.labels(contract);
        return new DeploymentBuilder()
                .withNewMetadata().withName(name).withNamespace(contract.getMetadata().getNamespace())
                .withLabels(labels).endMetadata()
                .withNewSpec()
                .withReplicas(spec.runtime.replicas == null ? 1 : spec.runtime.replicas)
                .withNewSelector().withMatchLabels(labels).endSelector()
                .withNewTemplate()
                .withNewMetadata().withLabels(labels)
                .withAnnotations(Map.of(CONTRACT_HASH, hash(AdapterConfigMapDependent.render(contract))))
                .endMetadata()
                .withNewSpec()
                .withAutomountServiceAccountToken(false)
                .withNewSecurityContext().withRunAsNonRoot(true).withNewSeccompProfile().withType("RuntimeDefault")
                .endSeccompProfile().endSecurityContext()
                .withContainers(container(contract))
                .addNewVolume().withName("contract").withNewConfigMap().withName(name).endConfigMap().endVolume()
                .addNewVolume().withName("tmp").withNewEmptyDir().endEmptyDir().endVolume()
                .endSpec()
                .endTemplate()
                .endSpec()
                .build();
    }

    private Container container(AdapterContract contract) {
        AdapterContractSpec spec = contract.getSpec();
        ResourceRequirements resources = spec.runtime.resources == null ? new ResourceRequirements()
                : spec.runtime.resources;
        return new ContainerBuilder()
                .withName("adapter")
                .withImage(spec.runtime.image == null ? defaultImage : spec.runtime.image)
                .withEnv(env(contract))
                .addNewPort().withName("http").withContainerPort(8080).withProtocol("TCP").endPort()
                .withLivenessProbe(probe("/q/health/live"))
                .withReadinessProbe(probe("/q/health/ready"))
                .withResources(resources)
                .withNewSecurityContext()
                .withAllowPrivilegeEscalation(false).withReadOnlyRootFilesystem(true).withRunAsNonRoot(true)
                .withPrivileged(false).withNewCapabilities().withDrop("ALL").endCapabilities()
                .endSecurityContext()
                .addNewVolumeMount().withName("contract").withMountPath("/etc/waybill").withReadOnly(true)
                .endVolumeMount()
                .addNewVolumeMount().withName("tmp").withMountPath("/tmp").endVolumeMount()
                .build();
    }

    private static List<EnvVar> env(AdapterContract contract) {
        List<EnvVar> env = new ArrayList<>();
        env.add(new EnvVarBuilder().withName("WAYBILL_CONTRACT_FILE")
                .withValue("/etc/waybill/" + AdapterConfigMapDependent.CONTRACT_FILE).build());
        var auth = contract.getSpec().auth;
        if (auth != null && auth.secretRef != null) {
            env.add(new EnvVarBuilder().withName("WAYBILL_CREDENTIAL").withNewValueFrom().withNewSecretKeyRef()
                    .withName(auth.secretRef.name).withKey(auth.secretRef.key).endSecretKeyRef().endValueFrom()
                    .build());
        }
        return env;
    }

    private static Probe probe(String path) {
        return new ProbeBuilder().withNewHttpGet().withPath(path).withNewPort("http").endHttpGet()
                .withPeriodSeconds(10).withTimeoutSeconds(2).withFailureThreshold(3).build();
    }

    private static String hash(String document) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(document.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    /** Whether every wanted replica of the Deployment is available at its current generation. */
    public static boolean available(Deployment deployment) {
        var status = deployment.getStatus();
        if (status == null) {
            return false;
        }
        int wanted = deployment.getSpec().getReplicas() == null ? 1 : deployment.getSpec().getReplicas();
        Long seen = status.getObservedGeneration();
        return seen != null && seen >= deployment.getMetadata().getGeneration()
                && status.getAvailableReplicas() != null && status.getAvailableReplicas() >= wanted;
    }
}
