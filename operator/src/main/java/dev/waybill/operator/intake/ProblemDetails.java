package dev.waybill.operator.intake;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.waybill.adapter.model.FieldError;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * An error answer in RFC 9457 form ({@code application/problem+json}), with {@code errors[]} naming each field at
 * fault for validation failures.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ProblemDetails(String type, String title, int status, String detail, List<FieldError> errors,
                             @JsonIgnore Integer retryAfterSeconds) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** A problem with a stable type slug, e.g. {@code invalid-order}. */
    public static ProblemDetails of(int status, String slug, String title, String detail) {
        return new ProblemDetails("https://waybill.dev/problems/" + slug, title, status, detail, List.of(), null);
    }

    /** 413 for a body over the intake limit, or empty when it fits. */
    public static java.util.Optional<ProblemDetails> ifTooLarge(byte[] body, int limit) {
        return body.length <= limit ? java.util.Optional.empty() : java.util.Optional.of(of(413, "payload-too-large",
                "Payload too large", "the body has " + body.length + " bytes; the limit is " + limit));
    }

    public ProblemDetails withErrors(List<FieldError> fieldErrors) {
        return new ProblemDetails(type, title, status, detail, List.copyOf(fieldErrors), retryAfterSeconds);
    }

    /** The same, telling the client when to try again ({@code Retry-After}, for 429 and 503). */
    public ProblemDetails withRetryAfter(int seconds) {
        return new ProblemDetails(type, title, status, detail, errors, seconds);
    }

    public Response toResponse() {
        Response.ResponseBuilder response = Response.status(status).type(MEDIA_TYPE).entity(this);
        if (retryAfterSeconds != null) {
            response.header("Retry-After", retryAfterSeconds);
        }
        return response.build();
    }
}
