/**
 * The declarative REST connector: {@link dev.waybill.adapter.rest.RestConnector} runs an AdapterContract's
 * operations over HTTP/JSON. The rules it keeps, in the order a call meets them:
 *
 * <ol>
 *   <li><b>Supported?</b> An operation the contract lacks fails as Business/UnsupportedOperation, nothing sent.</li>
 *   <li><b>Data policy.</b> The input's {@code order} keeps only {@code dataPolicy.allowedFields} before any mapping
 *       sees it. Failures show the request mapped from the order with {@code maskInLogs} fields as "****", and the
 *       vendor's answer (at most 2 KiB) with those values and the credential masked. Logs: DEBUG, ids only.</li>
 *   <li><b>Request.</b> The operation's request mapping; {@code {name}} placeholders of the path filled,
 *       URL-encoded, from the mapped request's top level (none: Business/MappingFailed); a JSON body for POST, PUT
 *       and PATCH; Accept, Content-Type, X-Correlation-Id, the idempotency key header, and the auth of
 *       {@code spec.auth} (HmacSha256 signs {@code <unix seconds>.<body>}, seconds in X-Timestamp).</li>
 *   <li><b>Guards, per attempt.</b> Rate limiter (wait up to the timeout for a permit), circuit breaker (count
 *       window, open: CircuitOpen, nothing sent; only transient failures count), time limiter around
 *       {@code sendAsync} plus the request timeout.</li>
 *   <li><b>Answer.</b> 2xx: response mapping, then statusMapping ({@code status} becomes the shipment state or null,
 *       {@code vendorStatus} keeps the word); a 2xx lacking an expected field is malformed. 4xx (not 408/429):
 *       Business/NonRetryableVendorError at once, with the {@code refusal} the response mapping names. 408, 429,
 *       5xx, connect errors: transient.</li>
 *   <li><b>Retry</b> (resilience4j Retry): transient failures, up to {@code maxAttempts}, exponential backoff with
 *       jitter or a 429's Retry-After (capped at {@code maxBackoff}); each retry is taken from the contract's
 *       {@link dev.waybill.adapter.resilience.RetryBudget}, and a retry the budget refuses ends the call as
 *       BudgetExhausted.</li>
 *   <li><b>Unknown outcome.</b> A timeout after the connection was made, a connection lost after send, a
 *       malformed 2xx, or a call that says an earlier delivery may have been sent, settled per operation
 *       ({@link dev.waybill.adapter.rest.Settlement}): a create, when the contract has {@code lookup}, asks lookup
 *       first (found: Succeeded with resolvedByLookup; not found: sent again); a request carrying the vendor's
 *       idempotency key, or a DELETE, is resent; anything else ends as UnknownOutcome and is never resent. Reads
 *       ({@code lookup}, {@code availability}, GET) are simply retried.</li>
 * </ol>
 */
package dev.waybill.adapter.rest;
