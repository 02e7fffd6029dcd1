package dev.waybill.api.v1alpha1.node;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import io.fabric8.generator.annotation.ValidationRule;

/** A node's address and coordinates. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@ValidationRule(value = "has(self.latitude) == has(self.longitude)",
        message = "spec.location.latitude and spec.location.longitude must be set together", reason = "FieldValueInvalid")
public class Location {

    @Required
    @Pattern("^[A-Z]{2}$")
    @JsonPropertyDescription("Country, ISO 3166-1 alpha-2 in upper case (US, DE).")
    public String country;

    @Size(min = 1, max = 16)
    @JsonPropertyDescription("Postal code of the node.")
    public String postalCode;

    @Min(-90)
    @Max(90)
    @JsonPropertyDescription("Latitude in degrees, -90 to 90.")
    public Double latitude;

    @Min(-180)
    @Max(180)
    @JsonPropertyDescription("Longitude in degrees, -180 to 180.")
    public Double longitude;
}
