package dev.waybill.api.v1alpha1.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Size;

import java.util.ArrayList;
import java.util.List;

/**
 * Which parts of an order a vendor may see, and which, beyond the personal fields always masked, never appear in
 * logs.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class DataPolicy {

    @Size(max = 128)
    @JsonPropertyDescription("JSON Pointers into the canonical order (e.g. /shipTo/city) that the vendor may receive; "
            + "empty: every field.")
    public List<String> allowedFields = new ArrayList<>();

    @Size(max = 128)
    @JsonPropertyDescription("JSON Pointers into the canonical order (e.g. /shipTo/city) that are masked in logs, "
            + "events and exception details, in addition to the personal fields always masked: /customer/email, "
            + "/customer/phone, /shipTo/name, /shipTo/line1, /shipTo/line2, /shipTo/postalCode, /shipTo/latitude, "
            + "/shipTo/longitude.")
    public List<String> maskInLogs = new ArrayList<>();
}
