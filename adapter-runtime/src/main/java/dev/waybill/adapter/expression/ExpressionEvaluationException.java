package dev.waybill.adapter.expression;

/**
 * A compiled expression failed on one particular input: a key absent from the order, a null where a value was
 * needed, an index out of range, a JSONata type error.
 *
 * <p>Unchecked, because it depends on the data rather than on the resource, so compiled expressions can be used
 * as plain {@link java.util.function.Predicate}s and functions; the orchestrator catches it where it decides what
 * happens to the order. The message is short and human-readable.
 */
public final class ExpressionEvaluationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ExpressionEvaluationException(String message, Throwable cause) {
        super(message, cause);
    }

    public ExpressionEvaluationException(String message) {
        super(message);
    }
}
