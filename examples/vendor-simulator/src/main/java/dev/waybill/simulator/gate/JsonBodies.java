package dev.waybill.simulator.gate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.stream.Collectors;

/**
 * Reads request bodies by hand rather than letting the framework bind them: a vendor checks credentials before it
 * looks at the body, and answers a bad body in its own dialect, naming the field.
 */
@ApplicationScoped
public class JsonBodies {

    private final ObjectMapper mapper;

    public JsonBodies(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The body as that type; {@link InvalidRequest} when it is missing or malformed. */
    public <T> T read(String body, Class<T> type) {
        if (body == null || body.isBlank()) {
            throw new InvalidRequest("body: required");
        }
        try {
            T value = mapper.readValue(body, type);
            if (value == null) {
                throw new InvalidRequest("body: required");
            }
            return value;
        } catch (JsonMappingException e) {
            throw new InvalidRequest(field(e) + ": " + e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw new InvalidRequest("body: not JSON (" + e.getOriginalMessage() + ")");
        }
    }

    /** The body when there may be none, as for a cancel of everything. */
    public <T> T readOptional(String body, Class<T> type) {
        return body == null || body.isBlank() ? null : read(body, type);
    }

    /** JSON text of a value; only used for values the simulator builds itself. */
    public String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value, e);
        }
    }

    private static String field(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        return path.isEmpty() ? "body" : path;
    }
}
