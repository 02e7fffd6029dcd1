package dev.waybill.api.v1alpha1.node;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;

/** How much work a node takes. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class Capacity {

    @Min(1)
    @Max(1000000)
    @JsonPropertyDescription("Orders the node can accept per hour; above it the node scores as fully loaded.")
    public Integer ordersPerHour;

    @Min(0)
    @Max(10000000)
    @JsonPropertyDescription("Orders dispatched but not yet shipped at which the router stops sending more.")
    public Integer maxBacklog;
}
