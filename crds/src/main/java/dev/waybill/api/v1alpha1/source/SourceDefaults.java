package dev.waybill.api.v1alpha1.source;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Pattern;

/** Defaults for a source's orders. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class SourceDefaults {

    @Pattern("^[a-z0-9]([-a-z0-9]{0,62})$")
    @JsonPropertyDescription("Channel name when the order has none (e.g. web-us).")
    public String channel;

    @Pattern("^[A-Z]{3}$")
    @JsonPropertyDescription("ISO 4217 currency when the order has none (e.g. USD).")
    public String currency;
}
