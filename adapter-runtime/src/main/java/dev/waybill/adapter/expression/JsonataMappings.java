package dev.waybill.adapter.expression;

import com.dashjoin.jsonata.JException;
import com.dashjoin.jsonata.Jsonata;

import java.util.Objects;

/**
 * Compiles the JSONata mappings of OrderSources (channel payload to canonical order) and AdapterContracts
 * (canonical order to vendor request, vendor response to Waybill's view) once per resource generation.
 */
public final class JsonataMappings {

    private JsonataMappings() {
    }

    /**
     * Parses {@code expression}.
     *
     * @throws ExpressionException if it is not valid JSONata; the message is the parser's, with the character
     *                             position where it stopped, e.g. {@code Expected "}" before end of expression
     *                             at position 11}
     */
    public static CompiledMapping compile(String expression) throws ExpressionException {
        Objects.requireNonNull(expression, "expression");
        Jsonata parsed;
        try {
            parsed = Jsonata.jsonata(expression);
        } catch (JException e) {
            throw new ExpressionException(describe(e), e);
        } catch (RuntimeException e) {
            // The parser has thrown other runtime exceptions on odd input (e.g. from its regex handling).
            throw new ExpressionException(ExpressionMessages.shorten(e.getMessage()), e);
        }
        if (parsed.getErrors() != null && !parsed.getErrors().isEmpty()) {
            // Only reached in the parser's recovery mode, which 0.9.10 does not enable; kept so no error is lost.
            Exception first = parsed.getErrors().get(0);
            throw new ExpressionException(first instanceof JException j ? describe(j)
                    : ExpressionMessages.shorten(first.getMessage()), first);
        }
        return new CompiledMapping(expression, parsed);
    }

    /** JSONata's message plus where it happened; used for syntax errors and evaluation errors alike. */
    static String describe(JException e) {
        String message = ExpressionMessages.shorten(e.getMessage());
        return e.getLocation() >= 0 ? message + " at position " + e.getLocation() : message;
    }
}
