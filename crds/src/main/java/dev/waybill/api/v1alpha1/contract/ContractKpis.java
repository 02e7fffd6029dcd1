package dev.waybill.api.v1alpha1.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** A contract's call counters since the operator started and its rates over the rolling window. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class ContractKpis {

    @JsonPropertyDescription("Calls made to the vendor.")
    public Long requests;

    @JsonPropertyDescription("Percentage of calls that failed, over the window.")
    public Integer errorRate;

    @JsonPropertyDescription("Percentage of calls that were retries, over the window.")
    public Integer retryRate;

    @JsonPropertyDescription("Median call latency in milliseconds.")
    public Double p50Millis;

    @JsonPropertyDescription("99th percentile call latency in milliseconds.")
    public Double p99Millis;

    @JsonPropertyDescription("Length of the rolling window the rates cover, in seconds.")
    public Integer windowSeconds;

    @JsonPropertyDescription("When these figures were computed (RFC 3339).")
    public String updatedAt;
}
