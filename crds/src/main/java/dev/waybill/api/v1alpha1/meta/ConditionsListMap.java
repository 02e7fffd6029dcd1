package dev.waybill.api.v1alpha1.meta;

import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

import java.util.List;

/**
 * Build-time schema step: makes a status' {@code conditions} a list-map keyed by {@code type}, as Kubernetes' own
 * conditions are, so server-side apply merges them per type. Named on each status class by {@code @SchemaCustomizer}.
 */
public class ConditionsListMap implements io.fabric8.crdv2.generator.v1.SchemaCustomizer.Customizer {

    @Override
    public JSONSchemaProps apply(JSONSchemaProps schema, String input, KubernetesSerialization serialization) {
        JSONSchemaProps conditions = schema.getProperties().get("conditions");
        if (conditions == null) {
            throw new IllegalStateException("ConditionsListMap is on a type without a conditions property");
        }
        conditions.setXKubernetesListType("map");
        conditions.setXKubernetesListMapKeys(List.of("type"));
        return schema;
    }
}
