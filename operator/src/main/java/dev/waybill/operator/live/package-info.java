/**
 * What the reconcilers share with the parts of the operator that observe live state: their primary caches (read
 * only), a way to ask a reconciler to look at a resource again, the live figures a reconciler turns into conditions
 * ({@link dev.waybill.operator.live.LiveFigures}) and the judgement of those figures against a resource's
 * {@code spec.slo} ({@link dev.waybill.operator.live.SloCheck}). Reconcilers import this package, never the
 * orchestrator's.
 */
package dev.waybill.operator.live;
