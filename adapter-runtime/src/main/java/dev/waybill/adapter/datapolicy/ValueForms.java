package dev.waybill.adapter.datapolicy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The forms a sensitive value takes in text meant for people, as patterns to mask. Vendors and systems rarely quote
 * a value exactly as it was sent: an address checker answers in upper case, a greeting uses the first name only, a
 * phone number comes back in E.164 or national form, an email address is quoted by its local part. So a personal
 * value is looked for in any case; values of at least {@link LogScrubber#MIN_EMBEDDED_LENGTH} characters also
 * inside longer text; an email address also by its local part; a digit string of seven digits or more (a phone
 * number, a ZIP+4 code, a coordinate) by its last ten digits whatever separates them; a name or an address line
 * also word by word, as whole words. A secret is looked for exactly as it is: its parts mean nothing.
 */
final class ValueForms {

    /** Fewer digits than this are too common to hunt for separated: a house number, a 5-digit ZIP code. */
    static final int MIN_DIGITS = 7;
    /** A phone number's last ten digits are the same in international and national form. */
    static final int TAIL_DIGITS = 10;
    /** Shorter words of a name or a line are not hunted for on their own ("St", "Jr"). */
    static final int MIN_WORD = 3;

    private static final int IGNORE_CASE = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern DIGIT_STRING = Pattern.compile("[+0-9 ().\\-/]+");
    private static final Pattern EMAIL = Pattern.compile("([^@\\s]+)@[^@\\s]+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?");
    private static final String SEPARATORS = "[\\s().\\-/]*";
    private static final String NOT_IN_WORD_BEFORE = "(?<![\\p{L}\\p{N}])";
    private static final String NOT_IN_WORD_AFTER = "(?![\\p{L}\\p{N}])";

    /**
     * A pattern and the length of what it stands for: longer forms are masked first, so that a whole name goes as
     * one mask rather than word by word.
     */
    record Form(Pattern pattern, int length) {
    }

    private ValueForms() {
    }

    /** The forms of a personal value (an order's masked field). */
    static List<Form> personal(String value) {
        List<Form> forms = new ArrayList<>();
        if (value.length() >= LogScrubber.MIN_EMBEDDED_LENGTH) {
            forms.add(new Form(Pattern.compile(Pattern.quote(value), IGNORE_CASE), value.length()));
        }
        Matcher email = EMAIL.matcher(value);
        if (email.matches()) {
            String local = email.group(1);
            if (local.length() >= LogScrubber.MIN_EMBEDDED_LENGTH) {
                forms.add(new Form(Pattern.compile(Pattern.quote(local), IGNORE_CASE), local.length()));
            }
            return forms;
        }
        String digits = value.replaceAll("[^0-9]", "");
        if (DIGIT_STRING.matcher(value).matches()) {
            if (digits.length() >= MIN_DIGITS) {
                forms.add(separatedDigits(digits.substring(Math.max(0, digits.length() - TAIL_DIGITS))));
            }
            return forms;
        }
        words(value).forEach(word -> forms.add(new Form(Pattern.compile(NOT_IN_WORD_BEFORE + Pattern.quote(word)
                + NOT_IN_WORD_AFTER, IGNORE_CASE), word.length())));
        return forms;
    }

    /** The one form of a secret (a credential): itself, exactly, wherever it appears. */
    static List<Form> secret(String value) {
        return value.isEmpty() ? List.of()
                : List.of(new Form(Pattern.compile(Pattern.quote(value)), value.length()));
    }

    private static Form separatedDigits(String digits) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            regex.append(i == 0 ? "" : SEPARATORS).append(digits.charAt(i));
        }
        return new Form(Pattern.compile(regex.toString()), digits.length());
    }

    /** The words of a value of more than one word that have a letter and {@link #MIN_WORD} characters. */
    private static List<String> words(String value) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(value);
        while (matcher.find()) {
            String word = matcher.group();
            if (word.length() >= MIN_WORD && word.length() < value.length()
                    && word.chars().anyMatch(Character::isLetter) && !words.contains(word.toLowerCase(Locale.ROOT))) {
                words.add(word.toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }
}
