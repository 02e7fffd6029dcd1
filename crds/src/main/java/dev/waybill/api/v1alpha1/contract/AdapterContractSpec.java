package dev.waybill.api.v1alpha1.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.waybill.api.v1alpha1.meta.ShipmentState;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;

import java.util.Map;

/** A vendor's API described as data, run by the declarative REST connector. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class AdapterContractSpec {

    @Required
    @Pattern("^1$")
    @JsonPropertyDescription("Version of the canonical order model the mappings are written against; \"1\" today.")
    public String schemaVersion;

    @Default("Rest")
    @JsonPropertyDescription("Wire protocol of the vendor API; Rest (JSON over HTTP).")
    public Protocol protocol;

    @Required
    @Size(max = 2048)
    @Pattern("^https?://[^\\s/?#]+([/?#][^\\s]*)?$")
    @JsonPropertyDescription("Base URL of the vendor API, http(s)://host[:port][/path]; operation paths are appended.")
    public String baseUrl;

    @JsonPropertyDescription("How requests are authenticated; the credential comes from a Secret, never from here.")
    public VendorAuth auth;

    @Required
    @JsonPropertyDescription("The vendor's operations. An absent operation means the vendor cannot do it "
            + "(no cancel: a cancellation after dispatch goes to the exception queue).")
    public Operations operations;

    @JsonPropertyDescription("Vendor webhooks (acceptance, shipment) and how to read them.")
    public Events events;

    @Size(max = 256)
    @JsonPropertyDescription("Vendor status code to canonical shipment state (Pending, Submitted, Accepted, "
            + "PartiallyShipped, Shipped, Cancelled, Rejected), e.g. {\"SHIPPED\": \"Shipped\"}.")
    public Map<String, ShipmentState> statusMapping;

    @JsonPropertyDescription("Timeouts, retries, retry budget, circuit breaker and rate limit for calls to this vendor.")
    public Resilience resilience;

    @JsonPropertyDescription("Which canonical order fields the vendor may receive, and which are masked in logs.")
    public DataPolicy dataPolicy;

    @Default("{}")
    @JsonPropertyDescription("Where the adapter runs: inside the operator (Embedded) or as its own Deployment.")
    public AdapterRuntime runtime;

    @JsonPropertyDescription("Service level objectives; a breach turns the Degraded condition True with the figure.")
    public ContractSlo slo;
}
