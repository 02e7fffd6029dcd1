package dev.waybill.api.v1alpha1.source;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** A source's intake counters since the operator started. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class SourceKpis {

    @JsonPropertyDescription("Requests received from this channel.")
    public Long received;

    @JsonPropertyDescription("Orders accepted (202).")
    public Long accepted;

    @JsonPropertyDescription("Requests refused: bad signature, bad payload, rate limit.")
    public Long rejected;

    @JsonPropertyDescription("Length of the rolling window the rates cover, in seconds.")
    public Integer windowSeconds;

    @JsonPropertyDescription("When these figures were computed (RFC 3339).")
    public String updatedAt;
}
