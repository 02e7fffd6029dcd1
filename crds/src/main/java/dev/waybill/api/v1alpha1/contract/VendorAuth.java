package dev.waybill.api.v1alpha1.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.waybill.api.v1alpha1.meta.Schemas;
import dev.waybill.api.v1alpha1.meta.SecretKeyRef;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.ValidationRule;

/** How requests to a vendor (and webhooks from it) are authenticated. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@ValidationRule(value = "self.type == 'None' || has(self.secretRef)",
        message = "spec.auth.secretRef is required when spec.auth.type is not None",
        fieldPath = ".secretRef", reason = "FieldValueRequired")
@ValidationRule(value = "!(self.type in ['ApiKeyHeader', 'HmacSha256']) || has(self.header)",
        message = "spec.auth.header is required when spec.auth.type is ApiKeyHeader or HmacSha256",
        fieldPath = ".header", reason = "FieldValueRequired")
public class VendorAuth {

    /** Authentication schemes for vendor APIs. */
    public enum Type { None, Bearer, Basic, ApiKeyHeader, HmacSha256 }

    @Default("None")
    @JsonPropertyDescription("None, Bearer (token), Basic (user:password), ApiKeyHeader (key in a header) or "
            + "HmacSha256 (body signature in a header).")
    public Type type;

    @JsonPropertyDescription("Secret key holding the credential; required unless type is None.")
    public SecretKeyRef secretRef;

    @Pattern(Schemas.HEADER_NAME)
    @JsonPropertyDescription("Header carrying the key or signature, for ApiKeyHeader and HmacSha256 (e.g. X-Api-Key).")
    public String header;
}
