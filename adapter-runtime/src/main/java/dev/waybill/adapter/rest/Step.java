package dev.waybill.adapter.rest;

/**
 * One pass of the retry loop of a call (one attempt, or a lookup and a resend), numbered from 1.
 *
 * @param retryable true when another pass may change the end and is safe: a transient failure, or an unsettled
 *                  one that lookup or the vendor's idempotency key can settle
 */
record Step(int number, AttemptResult result, boolean retryable) {
}
