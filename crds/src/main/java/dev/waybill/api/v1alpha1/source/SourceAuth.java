package dev.waybill.api.v1alpha1.source;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.waybill.api.v1alpha1.meta.Schemas;
import dev.waybill.api.v1alpha1.meta.SecretKeyRef;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.ValidationRule;

/** How an order source authenticates its requests. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@ValidationRule(value = "self.type == 'None' || has(self.secretRef)",
        message = "spec.auth.secretRef is required when spec.auth.type is not None",
        fieldPath = ".secretRef", reason = "FieldValueRequired")
public class SourceAuth {

    /** Authentication schemes for order intake. */
    public enum Type { None, ApiKeyHeader, HmacSha256 }

    @Default("None")
    @JsonPropertyDescription("None, ApiKeyHeader (shared key in a header) or HmacSha256 (signature of the body, hex, "
            + "in a header).")
    public Type type;

    @JsonPropertyDescription("Secret key holding the shared key; required unless type is None.")
    public SecretKeyRef secretRef;

    @Pattern(Schemas.HEADER_NAME)
    @JsonPropertyDescription("Header carrying the key or signature (default X-Api-Key, or X-Signature for HmacSha256).")
    public String header;
}
