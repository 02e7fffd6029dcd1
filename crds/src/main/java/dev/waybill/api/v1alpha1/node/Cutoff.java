package dev.waybill.api.v1alpha1.node;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;

/** The time of day after which a node ships on the next day. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class Cutoff {

    @Required
    @Pattern("^([01][0-9]|2[0-3]):[0-5][0-9]$")
    @JsonPropertyDescription("Local cut-off time, HH:MM on a 24-hour clock (e.g. 14:30).")
    public String time;

    @Required
    @Size(min = 1, max = 64)
    @Pattern("^[A-Za-z_]+(/[A-Za-z0-9_+-]+)*$|^UTC$")
    @JsonPropertyDescription("IANA time zone of the cut-off, e.g. America/Chicago.")
    public String timeZone;
}
