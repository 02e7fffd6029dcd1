package dev.waybill.adapter.rest;

import dev.waybill.adapter.auth.VendorAuthHeaders;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Map;

/**
 * A vendor request as the mappings made it, before authentication: it is signed afresh for every attempt (an
 * HmacSha256 timestamp must be current).
 *
 * @param body    the JSON body, null for GET and DELETE
 * @param headers the headers other than authentication (Accept, Content-Type, correlation id, idempotency key)
 */
record PreparedRequest(String operation, String method, URI uri, byte[] body, Map<String, String> headers) {

    private static final byte[] NO_BODY = new byte[0];

    PreparedRequest {
        headers = Map.copyOf(headers);
    }

    /** The request of one attempt, authenticated now and bounded by {@code timeout}. */
    HttpRequest build(VendorAuthHeaders auth, Duration timeout) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(timeout)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(builder::header);
        auth.forRequest(body == null ? NO_BODY : body).forEach(builder::header);
        return builder.build();
    }
}
