package dev.waybill.simulator.gate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waybill.simulator.Vendor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The 422 of the {@code refuseEchoRate} fault: new work refused because the vendor could not verify the address,
 * with the request quoted back as received and in the upper-case "standardized" form address checkers answer in.
 * Real vendors do this, and it is how personal data comes back from a vendor into the caller's error handling.
 */
final class EchoedRefusal {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EchoedRefusal() {
    }

    static Answer of(Vendor vendor, String body) {
        Map<String, Object> answer = new LinkedHashMap<>(vendor.error("UNPROCESSABLE",
                "the ship-to address could not be verified"));
        Object request = parsed(body);
        answer.put("request", request);
        answer.put("standardized", upperCased(request));
        return Answer.of(422, answer);
    }

    private static Object parsed(String body) {
        if (body == null) {
            return null;
        }
        try {
            return JSON.readValue(body, Object.class);
        } catch (JsonProcessingException notJson) {
            return body;
        }
    }

    private static Object upperCased(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, item) -> copy.put(String.valueOf(key), upperCased(item)));
            return copy;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(EchoedRefusal::upperCased).toList();
        }
        return value instanceof String text ? text.toUpperCase(Locale.ROOT) : value;
    }
}
