package dev.waybill.operator.expression;

import dev.waybill.adapter.expression.ExpressionEvaluationException;
import dev.waybill.adapter.expression.ExpressionMessages;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.Program;

import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A RoutingPolicy's {@code spec.match}, compiled by {@link CelOrderPredicates#compile(String)}: decides whether
 * an order falls under the policy.
 *
 * <p>Immutable and safe to evaluate from many threads at once (a CEL {@link Program} is immutable and holds no
 * per-evaluation state).
 *
 * <p>An evaluation that fails is an {@link ExpressionEvaluationException}, never a silent {@code false}: the
 * typical case is a key absent from the order ({@code order.promisedBy} on an order without it), and whether
 * such an order is unrouted or held for a person is the orchestrator's decision, not this class's. Authors who
 * expect a field to be missing can guard it with {@code has(order.promisedBy) && ...}. A field present with
 * JSON null is CEL {@code null}: {@code order.shipTo.line2 == null} is true and {@code has(order.shipTo.line2)}
 * is also true (the key is present).
 */
public final class CompiledPredicate implements Predicate<Map<String, Object>> {

    /** "evaluation error at <input>:12: message", where 12 is a 0-based character offset. */
    private static final Pattern CEL_EVALUATION_ERROR =
            Pattern.compile("(?s)^evaluation error(?: at <input>:(\\d+))?: (.*)$");

    private final String expression;
    private final Program program;

    CompiledPredicate(String expression, Program program) {
        this.expression = expression;
        this.program = program;
    }

    /** The CEL source, as written in the policy. */
    public String expression() {
        return expression;
    }

    /**
     * Evaluates the predicate for one canonical order.
     *
     * @param order the canonical order as Jackson reads it: nested Maps and Lists of String, Integer or Long,
     *              Double, Boolean and null
     * @throws ExpressionEvaluationException if the expression cannot be evaluated for this order
     */
    @Override
    public boolean test(Map<String, Object> order) {
        Objects.requireNonNull(order, "order");
        Object result;
        try {
            result = program.eval(Map.of(CelOrderPredicates.ORDER_VARIABLE, CelInputs.toCel(order)));
        } catch (CelEvaluationException e) {
            throw new ExpressionEvaluationException(describe(e), e);
        }
        if (result instanceof Boolean matches) {
            return matches;
        }
        // The checker proved a bool; anything else (e.g. an unknown set) is a CEL surprise worth naming.
        throw new ExpressionEvaluationException(
                ExpressionMessages.shorten("evaluated to " + result + " instead of a bool"));
    }

    private static String describe(CelEvaluationException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        Matcher matcher = CEL_EVALUATION_ERROR.matcher(message);
        if (!matcher.matches()) {
            return ExpressionMessages.shorten(message);
        }
        String reason = matcher.group(2).isBlank() ? "evaluation failed" : matcher.group(2);
        String at = matcher.group(1) == null ? "" : " (at character " + (Integer.parseInt(matcher.group(1)) + 1) + ")";
        return ExpressionMessages.shorten(reason) + at;
    }

    @Override
    public String toString() {
        return "CompiledPredicate[" + expression + "]";
    }
}
