package dev.waybill.adapter.model;

/**
 * The checks every string of an incoming order passes. Control characters are refused everywhere because they
 * corrupt logs, CSV exports and carrier labels downstream; unpaired surrogates because they cannot be written as
 * valid UTF-8 again.
 */
final class TextChecks {

    private TextChecks() {
    }

    /** Whether {@code text} holds a C0/C1 control character (tab and newline included) or an unpaired surrogate. */
    static boolean hasForbiddenCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                return true;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** Checks a normalised string against {@code rule}, recording the first problem at {@code name}. */
    static boolean check(JsonFields fields, String name, JsonFields.Presence presence, TextRule rule, String text) {
        if (presence == JsonFields.Presence.REQUIRED && text.isBlank()) {
            fields.error(name, FieldError.REQUIRED, "must not be blank");
            return false;
        }
        int length = text.codePointCount(0, text.length());
        if (length > rule.maxLength()) {
            fields.error(name, FieldError.OUT_OF_RANGE, "must be at most " + rule.maxLength() + " characters long");
            return false;
        }
        if (rule.pattern() != null && !rule.pattern().matcher(text).matches()) {
            fields.error(name, FieldError.INVALID_FORMAT, "must be " + rule.format());
            return false;
        }
        return true;
    }
}
