package dev.waybill.adapter.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waybill.api.v1alpha1.meta.ShippingMethod;

import java.util.Arrays;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The rules of canonical order schemaVersion "1" in one place, so that the reader and the published JSON Schema
 * ({@code schema/canonical-order-v1.json}, checked against these constants by a test) cannot drift apart.
 * Regular expressions stay in the subset that Java and ECMA-262 read alike.
 */
final class V1Rules {

    static final int MAX_LINES = 500;
    static final long MAX_QUANTITY = 100_000;
    static final double MAX_WEIGHT_KG = 1_000_000;
    /** Integer digits of money; 15 + 4 fraction digits fit a DECIMAL(19,4) column. */
    static final int MONEY_INTEGER_DIGITS = 15;
    static final int MONEY_FRACTION_DIGITS = 4;

    // maxLength bounds the string before its pattern; where a pattern fixes the length (codes), it is left loose so
    // that "USA" is reported as the wrong format rather than as too long.
    static final TextRule IDENTIFIER = TextRule.matching(64, "^[A-Za-z0-9._:-]{1,64}$",
            "1-64 characters from A-Z a-z 0-9 . _ : -");
    static final TextRule CHANNEL = TextRule.matching(63, "^[a-z0-9][-a-z0-9]{0,62}$",
            "a lower-case slug: a-z 0-9 and -, starting with a letter or digit, at most 63 characters");
    static final TextRule CURRENCY = TextRule.matching(16, "^[A-Z]{3}$", "an ISO 4217 code of 3 upper-case letters");
    static final TextRule COUNTRY = TextRule.matching(16, "^[A-Z]{2}$", "an ISO 3166-1 alpha-2 code such as US")
            .normalisedBy(TextRule::upper);
    static final TextRule SKU = TextRule.matching(64, "^[A-Z0-9._-]{1,64}$",
            "1-64 characters from A-Z 0-9 . _ - after trimming and upper-casing")
            .normalisedBy(s -> TextRule.upper(s.trim()));
    static final TextRule POSTAL_CODE = TextRule.matching(16, "^[A-Za-z0-9][A-Za-z0-9 -]{0,15}$",
            "letters, digits, spaces and -, at most 16 characters");
    static final TextRule EMAIL = TextRule.matching(254, "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@"
            + "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$",
            "an e-mail address such as a@example.com");
    static final TextRule PHONE = TextRule.matching(32, "^[+]?[0-9][0-9 ().-]{0,30}$",
            "digits, optionally starting with +, with spaces ( ) . - as separators");
    static final TextRule NAME_OR_LINE = TextRule.free(256);
    static final TextRule REGION = TextRule.free(128);
    static final TextRule REFERENCE = TextRule.free(128);
    static final TextRule UOM = TextRule.free(16);

    /** Any decimal the reader looks at further; everything else (exponents, NaN, +1, .5) is malformed. */
    static final Pattern DECIMAL_SYNTAX = Pattern.compile("^-?[0-9]+(\\.[0-9]+)?$");
    /** Exactly the money strings the reader accepts: no sign, no leading zeros, at most 15.4 digits. */
    static final Pattern MONEY = Pattern.compile("^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,4})?$");
    /** RFC 3339 date-time with seconds and an explicit offset. */
    static final Pattern INSTANT = Pattern.compile(
            "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?(Z|[+-][0-9]{2}:[0-9]{2})$");

    /** Canonical units of measure, each with the spellings that channels send for it (compared in lower case). */
    static final Map<String, String> UOM_ALIASES = Map.of(
            "ea", "EA", "each", "EA", "pc", "EA", "pcs", "EA", "piece", "EA",
            "kg", "KG", "kgs", "KG",
            "box", "BOX", "bx", "BOX");
    static final String DEFAULT_UOM = "EA";

    static final Map<String, ShippingMethod> SHIPPING_METHODS = shippingMethods();
    static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    static final Set<String> CURRENCIES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode).collect(Collectors.toUnmodifiableSet());

    static final Set<String> ORDER_FIELDS = Set.of("schemaVersion", "orderId", "channel", "placedAt", "currency",
            "customer", "shipTo", "shippingMethod", "promisedBy", "lines", "payment");
    static final Set<String> CUSTOMER_FIELDS = Set.of("id", "email", "phone");
    static final Set<String> ADDRESS_FIELDS = Set.of("name", "line1", "line2", "city", "region", "postalCode",
            "country", "latitude", "longitude");
    static final Set<String> LINE_FIELDS = Set.of("lineId", "sku", "quantity", "uom", "unitPrice", "weightKg");
    static final Set<String> PAYMENT_FIELDS = Set.of("authorizationId", "amount");

    private V1Rules() {
    }

    /** The JSON name of a shipping method ("same-day"), as the crds module's Jackson annotations define it. */
    static String wireName(ShippingMethod method) {
        return SHIPPING_METHODS.entrySet().stream().filter(e -> e.getValue() == method)
                .map(Map.Entry::getKey).findFirst().orElseThrow();
    }

    // Derived from the enum's own annotations so that a new method or a renamed value cannot be missed here.
    private static Map<String, ShippingMethod> shippingMethods() {
        ObjectMapper mapper = new ObjectMapper();
        Map<String, ShippingMethod> byName = new LinkedHashMap<>();
        Arrays.stream(ShippingMethod.values()).forEach(m -> byName.put(mapper.convertValue(m, String.class), m));
        return Collections.unmodifiableMap(byName);
    }
}
