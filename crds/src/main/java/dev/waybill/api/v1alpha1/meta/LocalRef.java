package dev.waybill.api.v1alpha1.meta;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;

/** A reference by name to another Waybill resource in the same namespace. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class LocalRef {

    @Required
    @Pattern("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")
    @JsonPropertyDescription("Name of the referenced resource, in the same namespace.")
    public String name;
}
