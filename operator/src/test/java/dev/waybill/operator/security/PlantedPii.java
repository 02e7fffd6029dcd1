package dev.waybill.operator.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Personal data no text would hold by accident, planted in test orders so that a scan can tell whether any of it
 * reached a place people or machines read: the values as sent, and the forms a system or a vendor may turn them
 * into (one part of a name, the local part of an email address, a phone number without its spacing or country
 * code, an upper-cased address line).
 */
final class PlantedPii {

    static final String FIRST_NAME = "Zephyrine";
    static final String LAST_NAME = "Quillfeather";
    static final String NAME = FIRST_NAME + " " + LAST_NAME;
    static final String EMAIL = "zq-7731@example.net";
    static final String PHONE = "+44 7700 900731";
    static final String LINE1 = "14 Larkspur Mews";
    static final String LINE2 = "Thistledown Court";
    static final String POSTAL_CODE = "99731-0477";
    static final String LATITUDE = "39.781731";
    static final String LONGITUDE = "-89.650731";

    /** Every form looked for, compared without regard to case. */
    static final List<String> FORMS = List.of(NAME, FIRST_NAME, LAST_NAME, EMAIL, "zq-7731", PHONE,
            "447700900731", "7700900731", "7700 900731", LINE1, "Larkspur", LINE2, "Thistledown", POSTAL_CODE,
            "997310477", LATITUDE, LONGITUDE.substring(1));

    private PlantedPii() {
    }

    /** The forms found in {@code text}, each with a little of what surrounds it, so a failure shows the leak. */
    static List<String> foundIn(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<String> found = new ArrayList<>();
        for (String form : FORMS) {
            int at = lower.indexOf(form.toLowerCase(Locale.ROOT));
            if (at >= 0) {
                found.add(form + " in \"…" + text.substring(Math.max(0, at - 80),
                        Math.min(text.length(), at + form.length() + 40)).replaceAll("\\s+", " ") + "…\"");
            }
        }
        return found;
    }

    /** A canonical order of the web-us channel carrying every planted value, one line of {@code sku}. */
    static String canonicalOrder(String orderId, String sku) {
        return """
                {"schemaVersion":"1","orderId":"%s","channel":"web-us","placedAt":"2026-11-27T10:00:00Z",
                 "currency":"USD","customer":{"id":"c-pii-scan","email":"%s","phone":"%s"},
                 "shipTo":{"name":"%s","line1":"%s","line2":"%s","city":"Springfield","region":"IL",
                           "postalCode":"%s","country":"US","latitude":%s,"longitude":%s},
                 "shippingMethod":"standard","promisedBy":"2030-01-01T00:00:00Z",
                 "lines":[{"lineId":"1","sku":"%s","quantity":1,"unitPrice":"5.00"}],
                 "payment":{"authorizationId":"auth-%s","amount":"5.00"}}
                """.formatted(orderId, EMAIL, PHONE, NAME, LINE1, LINE2, POSTAL_CODE, LATITUDE, LONGITUDE, sku,
                orderId);
    }

    /** The web-us shop's own payload (examples/orders/web-us-native-W-2001.json's shape) with the planted values. */
    static String nativeOrder(String orderNumber, String sku) {
        return """
                {"order_number":"%s","created_at":"2026-11-27T11:15:00Z","currency":"USD",
                 "customer":{"id":"9001","email":"%s","phone":"%s"},
                 "shipping_address":{"first_name":"%s","last_name":"%s","address1":"%s","address2":"%s",
                   "city":"Springfield","province_code":"IL","zip":"%s","country_code":"US",
                   "latitude":%s,"longitude":%s},
                 "shipping_lines":[{"code":"standard"}],"promised_by":"2030-01-01T00:00:00Z",
                 "line_items":[{"id":1,"sku":"%s","quantity":1,"price":"5.00","grams":500}],
                 "payment":{"authorization":"auth-%s"},"total_price":"5.00"}
                """.formatted(orderNumber, EMAIL, PHONE, FIRST_NAME, LAST_NAME, LINE1, LINE2, POSTAL_CODE,
                LATITUDE, LONGITUDE, sku, orderNumber);
    }
}
