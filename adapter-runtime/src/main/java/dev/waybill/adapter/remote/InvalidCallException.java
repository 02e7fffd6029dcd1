package dev.waybill.adapter.remote;

import dev.waybill.adapter.model.FieldError;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A {@code POST /v1/calls} body that is not a {@link dev.waybill.adapter.connector.VendorCall}: the caller's mistake,
 * answered 400 with every field that is wrong. Not retryable: the same body fails the same way.
 */
public final class InvalidCallException extends Exception {

    private final List<FieldError> errors;

    public InvalidCallException(List<FieldError> errors) {
        super(errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    /** What is wrong, one entry per field; never empty. */
    public List<FieldError> errors() {
        return errors;
    }
}
