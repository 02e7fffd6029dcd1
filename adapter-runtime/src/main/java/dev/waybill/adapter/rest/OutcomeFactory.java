package dev.waybill.adapter.rest;

import dev.waybill.adapter.connector.FailureClass;
import dev.waybill.adapter.connector.FailureReasons;
import dev.waybill.adapter.connector.VendorOutcome;
import dev.waybill.adapter.connector.VendorOutcome.Failed;

import java.util.List;

/**
 * Turns the last step of a call into its {@link VendorOutcome}: the failure class and stable reason, a one-line
 * message for people, and the vendor's answer and the request with the contract's masked fields masked.
 */
final class OutcomeFactory {

    private final String contract;
    private final int maxAttempts;

    OutcomeFactory(String contract, int maxAttempts) {
        this.contract = contract;
        this.maxAttempts = maxAttempts;
    }

    Failed unsupported(String operation) {
        return new Failed(FailureClass.Business, FailureReasons.UNSUPPORTED_OPERATION,
                "contract " + contract + " has no operation " + operation, null, null, null, null, List.of());
    }

    Failed closed(CallReport report) {
        return failed(FailureClass.Transient, FailureReasons.VENDOR_UNAVAILABLE, "connector of " + contract
                + " is closed (contract changed or removed); nothing was sent", null, null, report);
    }

    Failed mappingFailed(CallReport report, String detail) {
        return failed(FailureClass.Business, FailureReasons.MAPPING_FAILED, detail, null, null, report);
    }

    Failed neverSent(CallReport report) {
        return failed(FailureClass.UnknownOutcome, FailureReasons.UNKNOWN_OUTCOME, "an earlier delivery may have "
                + "reached the vendor, and neither lookup nor an idempotency key can settle it",
                null, null, report);
    }

    VendorOutcome of(Step last, CallReport report) {
        AttemptResult result = last.result();
        if (result instanceof AttemptResult.Answered answered) {
            return new VendorOutcome.Succeeded(answered.response(), answered.status(), answered.resolvedByLookup(),
                    report.attempts());
        }
        if (result instanceof AttemptResult.Unavailable unavailable) {
            return unavailable(last, unavailable, report);
        }
        if (result instanceof AttemptResult.Unsettled unsettled) {
            return unsettled(last, unsettled, report);
        }
        return stopped(result, report);
    }

    /** The ends no retry could change. */
    private Failed stopped(AttemptResult result, CallReport report) {
        if (result instanceof AttemptResult.Refused refused) {
            Failed failed = failed(FailureClass.Business, FailureReasons.NON_RETRYABLE_VENDOR_ERROR,
                    "vendor refused " + report.operation() + " with " + refused.status()
                            + refused.refusal().map(r -> " (" + r + ")").orElse(""),
                    refused.status(), refused.body(), report);
            return withRefusal(failed, refused.refusal().orElse(null));
        }
        if (result instanceof AttemptResult.Malformed malformed) {
            return failed(FailureClass.Business, FailureReasons.MALFORMED_VENDOR_RESPONSE, malformed.detail(),
                    malformed.status(), malformed.body(), report);
        }
        if (result instanceof AttemptResult.LookupFailed lookup) {
            return failed(FailureClass.UnknownOutcome, FailureReasons.UNKNOWN_OUTCOME, report.operation()
                    + " may have reached the vendor and lookup cannot settle it: " + lookup.detail(),
                    lookup.status(), lookup.body(), report);
        }
        if (result instanceof AttemptResult.CircuitRejected) {
            return failed(FailureClass.CircuitOpen, FailureReasons.CIRCUIT_OPEN,
                    "circuit open: the vendor is not called until it half-opens", null, null, report);
        }
        // What is left is BudgetDenied: lookup found nothing, and the resend it allows is a retry.
        return budgetExhausted("lookup found nothing and a resend was needed", null, null, report);
    }

    private Failed unavailable(Step last, AttemptResult.Unavailable result, CallReport report) {
        if (last.retryable() && last.number() < maxAttempts) {
            return budgetExhausted(result.detail(), result.status(), result.body(), report);
        }
        return failed(FailureClass.Transient, FailureReasons.VENDOR_UNAVAILABLE, "vendor unavailable after "
                + last.number() + " attempt(s): " + result.detail(), result.status(), result.body(), report);
    }

    private Failed unsettled(Step last, AttemptResult.Unsettled result, CallReport report) {
        String reason = result.malformed() ? FailureReasons.MALFORMED_VENDOR_RESPONSE : FailureReasons.UNKNOWN_OUTCOME;
        if (!last.retryable()) {
            return failed(FailureClass.UnknownOutcome, reason, report.operation() + " may have reached the vendor "
                    + "and neither lookup nor an idempotency key can settle it: " + result.detail(),
                    result.status(), result.body(), report);
        }
        if (last.number() < maxAttempts) {
            return budgetExhausted(result.detail(), result.status(), result.body(), report);
        }
        if (result.malformed()) {
            return failed(FailureClass.UnknownOutcome, reason, "still unsettled after " + last.number()
                    + " attempt(s): " + result.detail(), result.status(), result.body(), report);
        }
        // Lookup or the idempotency key can still settle it on a later delivery: not a case for a person yet.
        return failed(FailureClass.Transient, FailureReasons.VENDOR_UNAVAILABLE, "no answer after " + last.number()
                + " attempt(s); the last may have reached the vendor: " + result.detail(), null, null, report);
    }

    private Failed budgetExhausted(String detail, Integer status, byte[] body, CallReport report) {
        return failed(FailureClass.BudgetExhausted, FailureReasons.RETRY_BUDGET_EXHAUSTED,
                "a retry was needed (" + detail + ") but the contract's retry budget is spent", status, body, report);
    }

    private static Failed failed(FailureClass failureClass, String reason, String message, Integer status,
                                 byte[] body, CallReport report) {
        return new Failed(failureClass, reason, report.scrubber().scrubText(message), status,
                report.scrubber().scrubAnswer(body), report.maskedRequest().get(), null, report.attempts());
    }

    private static Failed withRefusal(Failed failed, String refusal) {
        return new Failed(failed.failureClass(), failed.reason(), failed.message(), failed.httpStatus(),
                failed.vendorAnswer(), failed.maskedRequest(), refusal, failed.attempts());
    }
}
