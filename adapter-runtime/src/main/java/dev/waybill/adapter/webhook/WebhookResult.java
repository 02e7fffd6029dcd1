package dev.waybill.adapter.webhook;

/** What became of an inbound webhook: an event, or why it was refused. */
public sealed interface WebhookResult {

    /** Verified and mapped. */
    record Accepted(VendorEvent event) implements WebhookResult {
    }

    /** Not verified (bad or missing signature or credential, stale timestamp, replay): answer 401. */
    record Unauthenticated(String reason, String message) implements WebhookResult {
    }

    /** Verified, but the body is not JSON or the mapping gives no eventId/status: answer 400 (nothing is lost:
     * the vendor still has it). */
    record Malformed(String field, String message) implements WebhookResult {
    }
}
