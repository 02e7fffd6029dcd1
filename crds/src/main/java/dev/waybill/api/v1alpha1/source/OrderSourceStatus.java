package dev.waybill.api.v1alpha1.source;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.waybill.api.v1alpha1.meta.ConditionsListMap;
import dev.waybill.api.v1alpha1.meta.ResourceStatus;
import io.fabric8.crdv2.generator.v1.SchemaCustomizer;

/** What the operator observed of a source: Ready and intake KPIs. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@SchemaCustomizer(value = ConditionsListMap.class, input = "")
public class OrderSourceStatus extends ResourceStatus {

    @JsonPropertyDescription("Intake KPIs of this source.")
    public SourceKpis kpis;
}
