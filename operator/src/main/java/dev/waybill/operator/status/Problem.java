package dev.waybill.operator.status;

/**
 * Something wrong with a resource that the API server could not judge: a reference to a missing object, an
 * expression that does not compile. Becomes a condition with {@code reason} and a message naming {@code field}.
 *
 * @param reason  one CamelCase word, stable for alerting (e.g. ContractNotFound)
 * @param field   the field at fault, as a path from the resource root (e.g. spec.adapterRef.name)
 * @param message what is wrong, in words a person can act on
 */
public record Problem(String reason, String field, String message) {

    /** The message as it appears in a condition: the field first, so a reader knows where to look. */
    public String describe() {
        return field + ": " + message;
    }
}
