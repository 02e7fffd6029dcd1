package dev.waybill.adapter.model;

import static dev.waybill.adapter.model.JsonFields.Presence.OPTIONAL;
import static dev.waybill.adapter.model.JsonFields.Presence.REQUIRED;

/**
 * Reads the order's parties and places: {@code customer}, {@code shipTo} and {@code payment}. Each method returns
 * {@code null} when the part is absent or has errors (which it has recorded).
 */
final class PartyReader {

    private PartyReader() {
    }

    static Customer customer(JsonFields order) {
        JsonFields fields = order.object("customer", OPTIONAL);
        if (fields == null) {
            return null;
        }
        fields.rejectUnknown(V1Rules.CUSTOMER_FIELDS);
        return new Customer(fields.text("id", OPTIONAL, V1Rules.REFERENCE),
                fields.text("email", OPTIONAL, V1Rules.EMAIL),
                fields.text("phone", OPTIONAL, V1Rules.PHONE));
    }

    static Address shipTo(JsonFields order) {
        JsonFields fields = order.object("shipTo", REQUIRED);
        if (fields == null) {
            return null;
        }
        fields.rejectUnknown(V1Rules.ADDRESS_FIELDS);
        String country = fields.text("country", REQUIRED, V1Rules.COUNTRY);
        if (country != null && !V1Rules.COUNTRIES.contains(country)) {
            fields.error("country", FieldError.INVALID_VALUE, "is not an ISO 3166-1 alpha-2 country code");
        }
        return new Address(fields.text("name", OPTIONAL, V1Rules.NAME_OR_LINE),
                fields.text("line1", REQUIRED, V1Rules.NAME_OR_LINE),
                fields.text("line2", OPTIONAL, V1Rules.NAME_OR_LINE),
                fields.text("city", REQUIRED, V1Rules.NAME_OR_LINE),
                fields.text("region", OPTIONAL, V1Rules.REGION),
                fields.text("postalCode", REQUIRED, V1Rules.POSTAL_CODE),
                country,
                coordinate(fields, "latitude", "longitude", 90),
                coordinate(fields, "longitude", "latitude", 180));
    }

    // A lone coordinate cannot place the address, and half a pair would make distance scoring silently wrong.
    private static Double coordinate(JsonFields fields, String name, String partner, double bound) {
        if (!fields.has(name) && fields.has(partner)) {
            fields.error(name, FieldError.REQUIRED, "is required when " + fields.pathOf(partner) + " is given");
            return null;
        }
        return fields.decimal(name, OPTIONAL, -bound, bound);
    }

    static Payment payment(JsonFields order) {
        JsonFields fields = order.object("payment", OPTIONAL);
        if (fields == null) {
            return null;
        }
        fields.rejectUnknown(V1Rules.PAYMENT_FIELDS);
        return new Payment(fields.text("authorizationId", REQUIRED, V1Rules.REFERENCE),
                EncodedScalars.money(fields, "amount", REQUIRED));
    }
}
