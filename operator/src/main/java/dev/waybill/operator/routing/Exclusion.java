package dev.waybill.operator.routing;

/** A node that is not a candidate, and the first reason that excluded it. */
public record Exclusion(String node, ExclusionReason reason) {
}
