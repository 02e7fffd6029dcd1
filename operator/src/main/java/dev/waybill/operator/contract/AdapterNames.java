package dev.waybill.operator.contract;

import dev.waybill.api.v1alpha1.contract.AdapterContract;

import java.util.Map;

/** Names and labels of the objects the operator runs for a Deployment-mode contract. */
public final class AdapterNames {

    private AdapterNames() {
    }

    /** {@code <contract>-adapter}: the ConfigMap, Deployment and Service share it. */
    public static String of(AdapterContract contract) {
        return contract.getMetadata().getName() + "-adapter";
    }

    /** The recommended app.kubernetes.io labels, also the Service's selector. */
    public static Map<String, String> labels(AdapterContract contract) {
        return Map.of(
                "app.kubernetes.io/name", "waybill-adapter",
                "app.kubernetes.io/instance", of(contract),
                "app.kubernetes.io/component", "adapter",
                "app.kubernetes.io/part-of", "waybill",
                "app.kubernetes.io/managed-by", "waybill-operator");
    }

    /** The in-cluster URL of the adapter Service. */
    public static String serviceUrl(AdapterContract contract) {
        return "http://" + of(contract) + "." + contract.getMetadata().getNamespace() + ".svc:8080";
    }
}
