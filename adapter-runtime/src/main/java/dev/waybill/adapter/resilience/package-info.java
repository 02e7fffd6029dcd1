/**
 * Resilience settings and the parts resilience4j does not provide: the contract's policy with the CRD defaults
 * filled in, Kubernetes-style durations, and the retry budget over a clock-driven rolling window.
 */
package dev.waybill.adapter.resilience;
