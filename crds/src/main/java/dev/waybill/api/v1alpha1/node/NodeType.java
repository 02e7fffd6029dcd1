package dev.waybill.api.v1alpha1.node;

/** The kinds of fulfillment node Waybill knows. */
public enum NodeType { Warehouse, Store, ThirdPartyLogistics, Dropship, Marketplace }
