package dev.waybill.api.v1alpha1.contract;

/** Wire protocols the adapter runtime speaks. */
public enum Protocol { Rest }
