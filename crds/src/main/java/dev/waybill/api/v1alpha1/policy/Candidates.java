package dev.waybill.api.v1alpha1.policy;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.waybill.api.v1alpha1.meta.Capability;
import io.fabric8.generator.annotation.Size;
import io.fabric8.kubernetes.api.model.LabelSelector;

import java.util.ArrayList;
import java.util.List;

/** The nodes a policy may choose from. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class Candidates {

    @JsonPropertyDescription("Label selector over FulfillmentNodes in the namespace; empty selects every node.")
    public LabelSelector nodeSelector;

    @Size(max = 8)
    @JsonPropertyDescription("Capabilities a node must have to be a candidate.")
    public List<Capability> requiredCapabilities = new ArrayList<>();
}
