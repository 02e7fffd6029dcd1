package dev.waybill.adapter.rest;

import dev.waybill.adapter.auth.VendorAuthHeaders;
import dev.waybill.adapter.resilience.RetryBudget;

import java.time.Clock;
import java.util.Optional;

/** What every call of one connector shares: the guarded HTTP sender, auth, readers, the budget and the stats. */
record ConnectorParts(String contract, VendorHttp http, VendorAuthHeaders auth, RequestPreparer preparer,
                      ResponseReader reader, RetryBudget budget, CallStats stats, Optional<OperationRuntime> lookup,
                      Clock clock) {
}
