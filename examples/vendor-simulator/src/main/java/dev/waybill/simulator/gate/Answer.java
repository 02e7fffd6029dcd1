package dev.waybill.simulator.gate;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a vendor answers a call, before the gate adds its latency: a status, a JSON body (or none) and extra headers.
 * Kept as data so that an idempotent replay can give the same answer again.
 */
public record Answer(int status, Object body, Map<String, String> headers) {

    public Answer {
        headers = Map.copyOf(headers);
    }

    /** An answer with a JSON body (null for none). */
    public static Answer of(int status, Object body) {
        return new Answer(status, body, Map.of());
    }

    /** An answer without a body. */
    public static Answer empty(int status) {
        return new Answer(status, null, Map.of());
    }

    /** The same answer with one more header. */
    public Answer with(String header, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(header, value);
        return new Answer(status, body, more);
    }

    /** 2xx: the vendor did what it was asked. */
    public boolean successful() {
        return status >= 200 && status < 300;
    }

    /** The answer to a replayed idempotency key: the same, except that nothing is created this time. */
    public Answer replayed() {
        return status == 201 ? new Answer(200, body, headers) : this;
    }

    /** The HTTP response. */
    public Response toResponse() {
        Response.ResponseBuilder builder = Response.status(status);
        if (body != null) {
            builder.entity(body).type(MediaType.APPLICATION_JSON_TYPE);
        }
        headers.forEach(builder::header);
        return builder.build();
    }
}
