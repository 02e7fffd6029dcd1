package dev.waybill.adapter.expression;

/**
 * Makes a library's error message fit a Kubernetes condition message: one line, bounded length.
 *
 * <p>Conditions are read by people in {@code kubectl describe} and {@code kubectl get -o wide}; CEL and JSONata
 * messages can span lines (CEL's caret diagrams) or list every overload they tried.
 */
public final class ExpressionMessages {

    public static final int MAX_LENGTH = 200;

    private ExpressionMessages() {
    }

    public static String shorten(String message) {
        if (message == null || message.isBlank()) {
            return "no detail given";
        }
        String oneLine = message.strip().replaceAll("\\s*\\R\\s*", " ");
        return oneLine.length() <= MAX_LENGTH ? oneLine : oneLine.substring(0, MAX_LENGTH - 1) + "…";
    }
}
