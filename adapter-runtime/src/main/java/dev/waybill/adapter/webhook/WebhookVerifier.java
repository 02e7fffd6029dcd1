package dev.waybill.adapter.webhook;

import java.util.Optional;

/** One way of telling a vendor's genuine webhook from anyone else's request. */
interface WebhookVerifier {

    /** Empty when the webhook is genuine, else why not (the message names headers, never their values). */
    Optional<WebhookResult.Unauthenticated> verify(WebhookHeaders headers, byte[] body);

    /** Accepts everything: the contract's auth is None. */
    static WebhookVerifier none() {
        return (headers, body) -> Optional.empty();
    }
}
