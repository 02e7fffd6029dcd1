package dev.waybill.api.v1alpha1.policy;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** A policy's counters since the operator started and its rates over the rolling window. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class PolicyKpis {

    @JsonPropertyDescription("Orders routed by this policy.")
    public Long routed;

    @JsonPropertyDescription("Percentage of dispatched shipments the nodes accepted, over the window.")
    public Integer acceptanceRate;

    @JsonPropertyDescription("Percentage of routed orders that were split, over the window.")
    public Integer splitRate;

    @JsonPropertyDescription("Percentage of routed orders sent to manual review, over the window.")
    public Integer manualReviewRate;

    @JsonPropertyDescription("Median time to route an order, in milliseconds.")
    public Double p50RoutingMillis;

    @JsonPropertyDescription("99th percentile time to route an order, in milliseconds.")
    public Double p99RoutingMillis;

    @JsonPropertyDescription("Compensations run (releases, cancels, voids) for orders of this policy.")
    public Long compensations;

    @JsonPropertyDescription("Orders of this policy sent to the exception queue.")
    public Long deadLetters;

    @JsonPropertyDescription("Age in seconds of the oldest order of this policy still waiting.")
    public Long oldestBacklogSeconds;

    @JsonPropertyDescription("Shadow mode: decisions compared with the active policy's.")
    public Long shadowCompared;

    @JsonPropertyDescription("Shadow mode: decisions that differed from the active policy's.")
    public Long shadowDisagreements;

    @JsonPropertyDescription("Percentage of this policy's orders that shipped completely by their promisedBy time, "
            + "over the window.")
    public Integer promiseAccuracy;

    @JsonPropertyDescription("Median time from a cancellation request to the order being Cancelled, in milliseconds, "
            + "over the window.")
    public Double cancellationP50Millis;

    @JsonPropertyDescription("Percentage of this policy's routing decisions whose orders needed a person "
            + "(an exception queue entry), over the window.")
    public Integer manualInterventionRate;

    @JsonPropertyDescription("Length of the rolling window the rates cover, in seconds.")
    public Integer windowSeconds;

    @JsonPropertyDescription("When these figures were computed (RFC 3339).")
    public String updatedAt;
}
