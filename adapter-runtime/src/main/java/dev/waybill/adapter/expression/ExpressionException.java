package dev.waybill.adapter.expression;

/**
 * An expression in a resource's spec does not compile: a syntax error, an unknown field, or the wrong result type.
 *
 * <p>Checked, because every caller is a reconciler that must turn it into a status condition rather than let it
 * escape. The message is short, single-line and names no spec field; the caller prefixes the field path, e.g.
 * {@code spec.match: undefined field 'countyr' at 1:13}.
 */
public final class ExpressionException extends Exception {

    private static final long serialVersionUID = 1L;

    public ExpressionException(String message) {
        super(message);
    }

    public ExpressionException(String message, Throwable cause) {
        super(message, cause);
    }
}
