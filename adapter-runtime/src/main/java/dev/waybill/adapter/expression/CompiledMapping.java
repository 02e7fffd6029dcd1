package dev.waybill.adapter.expression;

import com.dashjoin.jsonata.Functions;
import com.dashjoin.jsonata.JException;
import com.dashjoin.jsonata.Jsonata;

/**
 * A JSONata mapping compiled by {@link JsonataMappings#compile(String)}: turns one JSON document (Maps, Lists,
 * Strings, Numbers, Booleans and null, as Jackson reads them) into another.
 *
 * <p>Immutable and safe to apply from many threads at once. A parsed {@link Jsonata} of dashjoin 0.9.10 is
 * <em>not</em> safe as such: {@code evaluate(input)} binds the input as {@code $$} into the expression's one
 * shared environment frame, so concurrent calls see each other's root document (measured: about 3% wrong results
 * with 8 threads). Passing a fresh, empty bindings frame to {@code evaluate(input, bindings)} makes the library
 * create a new child frame per call for {@code $$} and top-level {@code :=} variables; the rest of its
 * per-evaluation state already lives in a per-thread instance, and the parsed AST is only read. That costs one
 * small object per call instead of a parse per thread or a lock.
 *
 * <p>The same frame carries this call's {@code $now()} and {@code $millis()}: the library's own read the clock
 * of whichever per-thread instance the thread happened to create first, so they go stale on pool threads.
 */
public final class CompiledMapping {

    private final String expression;
    private final Jsonata parsed;

    CompiledMapping(String expression, Jsonata parsed) {
        this.expression = expression;
        this.parsed = parsed;
    }

    /** The JSONata source, as written in the resource. */
    public String expression() {
        return expression;
    }

    /**
     * Evaluates the mapping. The input is only read.
     *
     * @return the result (Maps, Lists, Strings, Numbers, Booleans), or {@code null} if the mapping yields nothing
     * @throws ExpressionEvaluationException if the mapping fails on this input, e.g. a type error or a call of an
     *                                       undefined function
     */
    public Object apply(Object input) {
        try {
            return parsed.evaluate(input, callFrame());
        } catch (JException e) {
            throw new ExpressionEvaluationException(JsonataMappings.describe(e), e);
        } catch (RuntimeException e) {
            // Built-in functions let Java exceptions through, e.g. NumberFormatException from $number("abc").
            throw new ExpressionEvaluationException(
                    ExpressionMessages.shorten(e.getClass().getSimpleName() + ": " + e.getMessage()), e);
        }
    }

    private static Jsonata.Frame callFrame() {
        Jsonata.Frame frame = new Jsonata.Frame(null);
        // One instant per evaluation, as the JSONata specification requires of $now() and $millis().
        long now = System.currentTimeMillis();
        frame.bind("now", (Jsonata.Fn2<String, String, String>) (picture, zone) ->
                Functions.dateTimeFromMillis(now, picture, zone));
        frame.bind("millis", (Jsonata.Fn0<Long>) () -> now);
        return frame;
    }

    @Override
    public String toString() {
        return "CompiledMapping[" + expression + "]";
    }
}
