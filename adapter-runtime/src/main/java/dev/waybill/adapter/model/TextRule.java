package dev.waybill.adapter.model;

import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * How one string member of the canonical order is checked: at most {@code maxLength} code points, first rewritten
 * by {@code normaliser} (e.g. trim and upper-case a SKU), then matched in full against {@code pattern} when there is
 * one. {@code format} describes the pattern in words for the error message.
 */
record TextRule(int maxLength, UnaryOperator<String> normaliser, Pattern pattern, String format) {

    /** Free text: only bounded in length (control characters are refused for every string). */
    static TextRule free(int maxLength) {
        return new TextRule(maxLength, UnaryOperator.identity(), null, null);
    }

    /** Text that must match {@code regex}, which is kept ECMA-262 compatible so the JSON Schema can repeat it. */
    static TextRule matching(int maxLength, String regex, String format) {
        return new TextRule(maxLength, UnaryOperator.identity(), Pattern.compile(regex), format);
    }

    /** The same rule, applied after {@code normaliser}. */
    TextRule normalisedBy(UnaryOperator<String> normaliser) {
        return new TextRule(maxLength, normaliser, pattern, format);
    }

    /** Upper-cases without the default locale, whose rules (Turkish dotless i) would corrupt codes. */
    static String upper(String value) {
        return value.toUpperCase(Locale.ROOT);
    }
}
