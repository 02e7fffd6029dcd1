package dev.waybill.api.v1alpha1.meta;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What every Waybill kind reports: the generation it has seen and its conditions. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public abstract class ResourceStatus {

    @JsonPropertyDescription("The metadata.generation the operator last reconciled.")
    public Long observedGeneration;

    @JsonPropertyDescription("Current observations of the resource; Ready is always present once reconciled.")
    public List<Condition> conditions = new ArrayList<>();

    /** The condition of the given type, if the operator has reported one. */
    public Optional<Condition> condition(String type) {
        return conditions == null ? Optional.empty()
                : conditions.stream().filter(c -> type.equals(c.type)).findFirst();
    }
}
