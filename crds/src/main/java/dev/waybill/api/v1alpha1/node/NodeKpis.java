package dev.waybill.api.v1alpha1.node;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** A node's counters since the operator started and its rates over the rolling window. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class NodeKpis {

    @JsonPropertyDescription("Shipments routed to this node.")
    public Long assigned;

    @JsonPropertyDescription("Shipments dispatched and not yet shipped, cancelled or rejected.")
    public Long inFlight;

    @JsonPropertyDescription("Shipments the node reported shipped.")
    public Long shipped;

    @JsonPropertyDescription("Shipments the node rejected or that failed for good.")
    public Long failed;

    @JsonPropertyDescription("Percentage of finished shipments that shipped, over the window.")
    public Integer successRate;

    @JsonPropertyDescription("Shipments waiting on this node now.")
    public Long backlog;

    @JsonPropertyDescription("Age in seconds of the oldest shipment waiting on this node.")
    public Long oldestBacklogSeconds;

    @JsonPropertyDescription("Length of the rolling window the rates cover, in seconds.")
    public Integer windowSeconds;

    @JsonPropertyDescription("When these figures were computed (RFC 3339).")
    public String updatedAt;
}
