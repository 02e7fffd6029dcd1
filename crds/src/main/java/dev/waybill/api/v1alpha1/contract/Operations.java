package dev.waybill.api.v1alpha1.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;

/** The operations a vendor API offers; each absent one is a capability the vendor lacks. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class Operations {

    @Required
    @JsonPropertyDescription("Submit a fulfillment request (one shipment). Required.")
    public Operation create;

    @JsonPropertyDescription("Find a fulfillment by our reference; resolves an unknown outcome before any retry.")
    public Operation lookup;

    @JsonPropertyDescription("Cancel a fulfillment, in whole or in part.")
    public Operation cancel;

    @JsonPropertyDescription("Reserve stock for an order.")
    public Operation reserve;

    @JsonPropertyDescription("Release reserved stock (compensation of reserve).")
    public Operation release;

    @JsonPropertyDescription("Read stock levels.")
    public Operation availability;

    @JsonProperty("void")
    @JsonPropertyDescription("Void a payment authorization (payment gateway contracts).")
    public Operation voidPayment;
}
