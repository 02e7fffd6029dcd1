/**
 * The canonical order model (schemaVersion "1"), shared by the orchestrator and the adapters: read and validated by
 * {@code OrderReader}, written by {@code OrderJson}, published as {@code schema/canonical-order-v1.json}.
 */
package dev.waybill.adapter.model;
