package dev.waybill.adapter.app;

import dev.waybill.adapter.model.FieldError;
import jakarta.ws.rs.core.Response;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** RFC 9457 problem documents, the form every error of this app's API takes. */
final class Problems {

    static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {
    }

    /** 400 with {@code errors: [{field, message, code}]}, one per wrong field of the request body. */
    static Response badRequest(String detail, List<FieldError> errors) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", "Bad Request");
        problem.put("status", 400);
        problem.put("detail", detail);
        problem.put("errors", errors.stream().map(Problems::error).toList());
        return Response.status(Response.Status.BAD_REQUEST).type(MEDIA_TYPE).entity(problem).build();
    }

    private static Map<String, Object> error(FieldError error) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("field", error.field());
        entry.put("message", error.message());
        if (error.code() != null) {
            entry.put("code", error.code());
        }
        return entry;
    }
}
