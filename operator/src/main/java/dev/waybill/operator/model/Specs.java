package dev.waybill.operator.model;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Private deep copies of specs, so the published model never shares an object an informer may change. */
final class Specs {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Specs() {
    }

    @SuppressWarnings("unchecked")
    static <T> T copy(T spec) {
        return spec == null ? null : (T) JSON.convertValue(spec, spec.getClass());
    }
}
