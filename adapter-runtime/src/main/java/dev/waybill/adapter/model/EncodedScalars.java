package dev.waybill.adapter.model;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * The two scalars the canonical order carries as strings: money (a decimal string, because a JSON number passes
 * through binary floating point in most clients and loses cents) and instants (RFC 3339 date-times).
 */
final class EncodedScalars {

    /** Long enough for every accepted amount and its error cases; longer strings are refused unread. */
    private static final TextRule MONEY_TEXT = TextRule.free(40);
    private static final TextRule INSTANT_TEXT = TextRule.free(40);
    // Bounds keep Instant.toString() in the four-digit-year form the reader accepts, so round trips are lossless.
    private static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");

    private EncodedScalars() {
    }

    /** A non-negative amount with at most 4 fraction digits, kept exact (scale as written). */
    static BigDecimal money(JsonFields fields, String name, JsonFields.Presence presence) {
        JsonNode raw = fields.member(name, JsonFields.Presence.OPTIONAL);
        if (raw != null && raw.isNumber()) {
            fields.error(name, FieldError.INVALID_TYPE, "must be a decimal string such as \"19.99\", not a number");
            return null;
        }
        String text = fields.text(name, presence, MONEY_TEXT);
        if (text == null || !moneyIsWellFormed(fields, name, text)) {
            return null;
        }
        return new BigDecimal(text);
    }

    private static boolean moneyIsWellFormed(JsonFields fields, String name, String text) {
        if (!V1Rules.DECIMAL_SYNTAX.matcher(text).matches()) {
            fields.error(name, FieldError.INVALID_FORMAT, "must be a plain decimal such as \"19.99\" (no exponent)");
            return false;
        }
        String digits = text.startsWith("-") ? text.substring(1) : text;
        int point = digits.indexOf('.');
        String integer = point < 0 ? digits : digits.substring(0, point);
        if (point >= 0 && digits.length() - point - 1 > V1Rules.MONEY_FRACTION_DIGITS) {
            fields.error(name, FieldError.INVALID_FORMAT, "must have at most " + V1Rules.MONEY_FRACTION_DIGITS
                    + " fraction digits");
        } else if (integer.length() > 1 && integer.startsWith("0")) {
            fields.error(name, FieldError.INVALID_FORMAT, "must not have leading zeros");
        } else if (text.startsWith("-")) {
            fields.error(name, FieldError.OUT_OF_RANGE, "must not be negative");
        } else if (integer.length() > V1Rules.MONEY_INTEGER_DIGITS) {
            fields.error(name, FieldError.OUT_OF_RANGE, "must be below 10^" + V1Rules.MONEY_INTEGER_DIGITS);
        } else {
            return true;
        }
        return false;
    }

    /** An RFC 3339 date-time with seconds and offset, such as 2026-11-27T10:00:00Z, as a UTC instant. */
    static Instant instant(JsonFields fields, String name, JsonFields.Presence presence) {
        String text = fields.text(name, presence, INSTANT_TEXT);
        if (text == null) {
            return null;
        }
        Instant instant = parseInstant(text);
        if (instant == null) {
            fields.error(name, FieldError.INVALID_FORMAT, "must be an RFC 3339 date-time such as 2026-11-27T10:00:00Z");
        } else if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
            fields.error(name, FieldError.OUT_OF_RANGE, "must lie between 1970 and 9999");
            instant = null;
        }
        return instant;
    }

    private static Instant parseInstant(String text) {
        if (!V1Rules.INSTANT.matcher(text).matches()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null; // well-shaped but impossible, such as February 30th or hour 24
        }
    }
}
