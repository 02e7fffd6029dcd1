package dev.waybill.adapter.connector;

import java.util.List;
import java.util.Map;

/** How a {@link VendorCall} ended: with the vendor's mapped answer, or with a classified failure. */
public sealed interface VendorOutcome {

    /** Every attempt made, oldest first (retries and any lookup included). */
    List<Attempt> attempts();

    /**
     * The vendor answered 2xx and the response mapping gave {@code response} (Maps, Lists and scalars; its
     * {@code status}, if any, already translated by the contract's statusMapping into Waybill's shipment state).
     *
     * @param resolvedByLookup true when the answer came from {@code lookup} after an unknown outcome
     */
    record Succeeded(Map<String, Object> response, int httpStatus, boolean resolvedByLookup, List<Attempt> attempts)
            implements VendorOutcome {
        public Succeeded {
            response = response == null ? Map.of() : response;
            attempts = List.copyOf(attempts);
        }
    }

    /**
     * The call failed for good.
     *
     * @param failureClass   what kind of failure, which decides what the orchestrator does next
     * @param reason         a stable CamelCase code (see {@link FailureReasons})
     * @param message        one line for people, no secrets, personal data masked
     * @param httpStatus     the vendor's last status code, if it answered
     * @param vendorAnswer   the vendor's last body (truncated to 2 KiB, maskInLogs fields masked), if any
     * @param maskedRequest  the request sent, with the contract's maskInLogs fields masked
     * @param refusal        for a Business failure, the {@code refusal} the response mapping named (e.g.
     *                       OutOfStock), else null
     */
    record Failed(FailureClass failureClass, String reason, String message, Integer httpStatus, String vendorAnswer,
                  String maskedRequest, String refusal, List<Attempt> attempts) implements VendorOutcome {
        public Failed {
            attempts = List.copyOf(attempts);
        }

        /**
         * True when the request may have reached the vendor without a definite answer: the failure is an unknown
         * outcome, or the last attempt of the operation itself (lookups aside) timed out after send, lost its
         * connection or got a malformed 2xx. A later redelivery of the same call must then set
         * {@link VendorCall#mayHaveBeenSent()}.
         */
        public boolean mayHaveReachedVendor() {
            if (failureClass == FailureClass.UnknownOutcome) {
                return true;
            }
            for (int i = attempts.size() - 1; i >= 0; i--) {
                Attempt attempt = attempts.get(i);
                if (!"lookup".equals(attempt.operation())) {
                    return attempt.errorClass() != null && Attempt.UNSETTLED_ERRORS.contains(attempt.errorClass());
                }
            }
            return false;
        }
    }
}
