package dev.waybill.operator.expression;

import dev.waybill.adapter.expression.ExpressionException;
import dev.waybill.adapter.expression.ExpressionMessages;
import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelIssue;
import dev.cel.common.CelOptions;
import dev.cel.common.CelValidationException;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Compiles a RoutingPolicy's {@code spec.match}: a CEL expression over the canonical order, bound to the
 * variable {@code order} and type-checked against {@link CanonicalOrderType}, that must evaluate to a bool.
 *
 * <p>Compilation happens once per policy generation; the resulting {@link CompiledPredicate} is evaluated for
 * every order, concurrently. The CEL compiler and runtime are immutable and shared by all policies.
 */
public final class CelOrderPredicates {

    /** The name the expression uses for the order. */
    public static final String ORDER_VARIABLE = "order";

    /**
     * Orderings between int and double ({@code order.shipTo.latitude > 30}) are what a policy author expects;
     * standard CEL would refuse them. The compiler and the runtime must agree on this option.
     */
    private static final CelOptions OPTIONS = CelOptions.current()
            .enableHeterogeneousNumericComparisons(true)
            .build();

    private static final CelCompiler COMPILER = CelCompilerFactory.standardCelCompilerBuilder()
            .setOptions(OPTIONS)
            .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
            .setTypeProvider(CanonicalOrderType.PROVIDER)
            .addVar(ORDER_VARIABLE, CanonicalOrderType.ORDER)
            .build();

    /** The planner runtime is the one CEL 0.14 recommends; the standard one proxies the legacy interpreter. */
    private static final CelRuntime RUNTIME = CelRuntimeFactory.plannerRuntimeBuilder()
            .setOptions(OPTIONS)
            .build();

    /** CEL lists every overload it tried; that list is noise in a condition message. */
    private static final Pattern CANDIDATES = Pattern.compile("\\s*\\(candidates: .*\\)$");

    private CelOrderPredicates() {
    }

    /**
     * Parses, type-checks and plans {@code expression}.
     *
     * @throws ExpressionException if it does not parse, refers to an unknown variable or field, is ill-typed,
     *                             or does not evaluate to a bool; the message is CEL's first error with its
     *                             line and column, e.g. {@code undefined field 'countyr' at 1:13}
     */
    public static CompiledPredicate compile(String expression) throws ExpressionException {
        Objects.requireNonNull(expression, "expression");
        CelAbstractSyntaxTree ast;
        try {
            ast = COMPILER.compile(expression).getAst();
        } catch (CelValidationException e) {
            throw new ExpressionException(describe(e.getErrors()), e);
        }
        if (!SimpleType.BOOL.equals(ast.getResultType())) {
            throw new ExpressionException("must evaluate to a bool, but evaluates to "
                    + ast.getResultType().name());
        }
        try {
            return new CompiledPredicate(expression, RUNTIME.createProgram(ast));
        } catch (CelEvaluationException e) {
            // Planning fails only on what the checker let through, e.g. a constant that cannot be folded.
            throw new ExpressionException(ExpressionMessages.shorten(e.getMessage()), e);
        }
    }

    private static String describe(List<CelIssue> errors) {
        if (errors.isEmpty()) {
            return "invalid expression";
        }
        CelIssue first = errors.get(0);
        String message = CANDIDATES.matcher(first.getMessage()).replaceFirst("");
        // CEL's columns are 0-based; editors and people count from 1.
        String at = " at " + first.getSourceLocation().getLine() + ":" + (first.getSourceLocation().getColumn() + 1);
        String more = errors.size() > 1 ? " (and " + (errors.size() - 1) + " more errors)" : "";
        return ExpressionMessages.shorten(message) + at + more;
    }
}
