package dev.waybill.api.v1alpha1.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Size;
import io.fabric8.generator.annotation.ValidationRule;
import io.fabric8.kubernetes.api.model.ResourceRequirements;

/** Where an adapter runs. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@ValidationRule(value = "self.mode == 'Deployment' || (!has(self.replicas) && !has(self.image) && !has(self.resources))",
        message = "spec.runtime.replicas, image and resources apply only when spec.runtime.mode is Deployment",
        reason = "FieldValueForbidden")
public class AdapterRuntime {

    /** Where the adapter process lives. */
    public enum Mode { Embedded, Deployment }

    @Default("Embedded")
    @JsonPropertyDescription("Embedded (inside the operator, no objects created) or Deployment (the operator runs the "
            + "adapter-runtime image as <contract>-adapter Deployment + Service + ConfigMap).")
    public Mode mode;

    @Min(1)
    @Max(50)
    @JsonPropertyDescription("Replicas of the adapter Deployment (Deployment mode; default 1).")
    public Integer replicas;

    @Size(min = 1, max = 512)
    @JsonPropertyDescription("Adapter-runtime image (Deployment mode; default: the operator's configured image).")
    public String image;

    @JsonPropertyDescription("CPU and memory requests and limits of the adapter container (Deployment mode).")
    public ResourceRequirements resources;
}
