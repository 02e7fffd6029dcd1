package dev.waybill.api.v1alpha1.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.waybill.api.v1alpha1.meta.Schemas;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;

/** One vendor API call: where it goes and how our model maps to and from the vendor's. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class Operation {

    /** HTTP methods an operation may use. */
    public enum Method { GET, POST, PUT, PATCH, DELETE }

    @Required
    @JsonPropertyDescription("HTTP method: GET, POST, PUT, PATCH or DELETE.")
    public Method method;

    @Required
    @Size(max = 1024)
    @Pattern("^/[^\\s]*$")
    @JsonPropertyDescription("Path under baseUrl, starting with /; {placeholders} are filled from the request mapping's "
            + "output, e.g. /v1/orders/{vendorReference}.")
    public String path;

    @Pattern(Schemas.HEADER_NAME)
    @JsonPropertyDescription("Header in which the vendor takes an idempotency key (e.g. Idempotency-Key); "
            + "absent: the vendor has no native idempotency and lookup guards retries.")
    public String idempotencyKeyHeader;

    @Size(max = 16384)
    @JsonPropertyDescription("JSONata expression: canonical input to the vendor's request body.")
    public String request;

    @Size(max = 16384)
    @JsonPropertyDescription("JSONata expression: the vendor's response body to the canonical result "
            + "(e.g. {\"vendorReference\": id, \"status\": state}).")
    public String response;

    @Pattern(Schemas.DURATION)
    @JsonPropertyDescription("Timeout for this operation, overriding resilience.timeout (e.g. 2s).")
    public String timeout;
}
