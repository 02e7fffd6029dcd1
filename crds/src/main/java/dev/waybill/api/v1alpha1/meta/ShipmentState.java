package dev.waybill.api.v1alpha1.meta;

/** The canonical states of a shipment, to which each vendor's status codes are mapped. */
public enum ShipmentState { Pending, Submitted, Accepted, PartiallyShipped, Shipped, Cancelled, Rejected }
