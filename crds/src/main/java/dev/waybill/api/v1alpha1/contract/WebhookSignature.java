package dev.waybill.api.v1alpha1.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.waybill.api.v1alpha1.meta.Schemas;
import dev.waybill.api.v1alpha1.meta.SecretKeyRef;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;

/**
 * A vendor's webhook signature: hex HMAC-SHA256 of {@code <timestamp>.<raw body>} with a shared secret, the
 * timestamp (Unix seconds) in its own header, refused outside the tolerance and when replayed.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class WebhookSignature {

    @Required
    @JsonPropertyDescription("Secret key holding the shared webhook secret.")
    public SecretKeyRef secretRef;

    @Default("X-Signature")
    @Pattern(Schemas.HEADER_NAME)
    @JsonPropertyDescription("Header carrying the hex signature (a \"sha256=\" prefix is accepted).")
    public String header;

    @Default("X-Timestamp")
    @Pattern(Schemas.HEADER_NAME)
    @JsonPropertyDescription("Header carrying the Unix time in seconds at which the vendor signed.")
    public String timestampHeader;

    @Default("300")
    @Min(10)
    @Max(3600)
    @JsonPropertyDescription("How far, in seconds, the timestamp may be from now; older or newer webhooks are refused.")
    public Integer toleranceSeconds;
}
