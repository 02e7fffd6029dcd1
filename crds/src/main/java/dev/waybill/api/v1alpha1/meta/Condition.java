package dev.waybill.api.v1alpha1.meta;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;

import java.util.Objects;

/** One observation of a resource, in the shape Kubernetes uses for its own conditions. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class Condition {

    /** The three values Kubernetes allows for a condition's status. */
    public enum Status { True, False, Unknown }

    @Required
    @Size(max = 316)
    @Pattern("^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$")
    @JsonPropertyDescription("Type of the condition, e.g. Ready, Valid or AdapterAvailable.")
    public String type;

    @Required
    @JsonPropertyDescription("Status of the condition: True, False or Unknown.")
    public Status status;

    @Size(max = 1024)
    @Pattern("^([A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?)?$")
    @JsonPropertyDescription("Why the condition is in this state, as one CamelCase word (e.g. ContractNotFound).")
    public String reason;

    @Size(max = 32768)
    @JsonPropertyDescription("What is wrong or right, in words a person can act on; names the field at fault.")
    public String message;

    @JsonPropertyDescription("When the status last changed (RFC 3339); unchanged while the status stays the same.")
    public String lastTransitionTime;

    @JsonPropertyDescription("The metadata.generation this condition was computed from.")
    public Long observedGeneration;

    public Condition() {
    }

    public Condition(String type, Status status, String reason, String message, String lastTransitionTime, Long observedGeneration) {
        this.type = type;
        this.status = status;
        this.reason = reason;
        this.message = message;
        this.lastTransitionTime = lastTransitionTime;
        this.observedGeneration = observedGeneration;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Condition c && Objects.equals(type, c.type) && status == c.status
                && Objects.equals(reason, c.reason) && Objects.equals(message, c.message)
                && Objects.equals(lastTransitionTime, c.lastTransitionTime)
                && Objects.equals(observedGeneration, c.observedGeneration);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, status, reason, message, lastTransitionTime, observedGeneration);
    }

    @Override
    public String toString() {
        return type + "=" + status + " (" + reason + "): " + message;
    }
}
