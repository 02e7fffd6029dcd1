package dev.waybill.adapter.model;

import java.util.List;
import java.util.Optional;

/**
 * What {@link OrderReader} makes of a request body: either the validated, normalised order, or every problem found
 * in it. Bad input is a value, not an exception, so that callers answer 422 with the complete list in one round trip.
 */
public sealed interface ReadResult permits ReadResult.Valid, ReadResult.Invalid {

    /** The body was a valid order; {@code order} is normalised (defaults applied, SKUs upper-cased, ...). */
    record Valid(CanonicalOrder order) implements ReadResult {
    }

    /** The body was refused; {@code errors} is never empty and lists every problem, in document order of checks. */
    record Invalid(List<FieldError> errors) implements ReadResult {
        public Invalid {
            errors = List.copyOf(errors);
            if (errors.isEmpty()) {
                throw new IllegalArgumentException("an invalid result needs at least one error");
            }
        }
    }

    /** Whether the body was accepted. */
    default boolean isValid() {
        return this instanceof Valid;
    }

    /** The order, when the body was accepted. */
    default Optional<CanonicalOrder> validOrder() {
        return this instanceof Valid valid ? Optional.of(valid.order()) : Optional.empty();
    }

    /** The problems found; empty when the body was accepted. */
    default List<FieldError> errors() {
        return List.of();
    }
}
