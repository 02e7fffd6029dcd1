/**
 * The adapter runtime: the canonical order and fulfillment model, the adapter interface and the declarative REST
 * connector that runs an AdapterContract. Embedded by the operator, and runnable on its own as an adapter Deployment.
 */
package dev.waybill.adapter;
