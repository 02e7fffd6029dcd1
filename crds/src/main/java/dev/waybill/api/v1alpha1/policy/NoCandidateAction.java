package dev.waybill.api.v1alpha1.policy;

/** What to do with an order no node qualifies for. */
public enum NoCandidateAction { ManualReview, Reject }
