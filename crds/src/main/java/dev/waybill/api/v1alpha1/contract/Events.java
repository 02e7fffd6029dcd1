package dev.waybill.api.v1alpha1.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;

/** How a vendor's webhooks are read. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class Events {

    @Required
    @Size(min = 1, max = 16384)
    @JsonPropertyDescription("JSONata expression: a vendor webhook body to the canonical event "
            + "{eventId, vendorReference, shipmentId, status, lines[], occurredAt}; shipmentId is Waybill's "
            + "shipment id when the vendor echoes it (it finds the shipment even before its reference is known).")
    public String mapping;

    @JsonPropertyDescription("How the vendor signs its webhooks (HMAC-SHA256 over \"<timestamp>.<body>\"); "
            + "without it webhooks are verified with the credential of spec.auth.")
    public WebhookSignature signature;
}
