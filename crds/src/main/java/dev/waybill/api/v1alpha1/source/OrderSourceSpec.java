package dev.waybill.api.v1alpha1.source;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.waybill.api.v1alpha1.contract.RateLimit;
import dev.waybill.api.v1alpha1.meta.LocalRef;
import io.fabric8.generator.annotation.Size;

/** How a channel's orders come in: mapping, authentication, rate limit and defaults. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class OrderSourceSpec {

    @Size(min = 1, max = 65536)
    @JsonPropertyDescription("JSONata expression: the channel's native payload to the canonical order; "
            + "absent: the payload already is a canonical order.")
    public String mapping;

    @JsonPropertyDescription("How the channel proves who it is on POST /api/v1/sources/{source}/orders.")
    public SourceAuth auth;

    @JsonPropertyDescription("Orders per second accepted from this channel; more get 429.")
    public RateLimit rateLimit;

    @JsonPropertyDescription("Values filled in when the mapped order lacks them.")
    public SourceDefaults defaults;

    @JsonPropertyDescription("AdapterContract whose void operation releases a payment authorization when an order "
            + "of this source is cancelled.")
    public LocalRef paymentContractRef;
}
