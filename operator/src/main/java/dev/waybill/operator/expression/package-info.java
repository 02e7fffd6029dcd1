/**
 * The expression languages of the Waybill API, compiled once when a resource is reconciled and evaluated
 * many times by the orchestrator: CEL predicates over the canonical order (RoutingPolicy {@code spec.match})
 * and JSONata mappings (OrderSource and AdapterContract).
 */
package dev.waybill.operator.expression;
