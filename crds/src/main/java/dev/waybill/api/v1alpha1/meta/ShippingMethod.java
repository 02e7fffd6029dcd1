package dev.waybill.api.v1alpha1.meta;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How an order travels to the customer, as the canonical order names it. */
public enum ShippingMethod {
    @JsonProperty("standard") STANDARD,
    @JsonProperty("express") EXPRESS,
    @JsonProperty("same-day") SAME_DAY,
    @JsonProperty("pickup") PICKUP
}
