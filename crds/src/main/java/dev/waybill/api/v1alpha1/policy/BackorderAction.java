package dev.waybill.api.v1alpha1.policy;

/** What to do with an order whose stock no candidate has. */
public enum BackorderAction { Hold, Reject, ManualReview }
