package dev.waybill.api.v1alpha1.policy;

/** Whether a policy routes, only shadows the active one, or is off. */
public enum PolicyMode { Active, Shadow, Disabled }
