package dev.waybill.adapter.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The published JSON Schema says what the reader enforces: same members, required sets, enums, bounds, patterns. */
class CanonicalOrderSchemaTest {

    private static JsonNode schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        try (InputStream in = CanonicalOrderSchemaTest.class.getResourceAsStream("/schema/canonical-order-v1.json")) {
            assertThat(in).isNotNull();
            schema = TestOrders.MAPPER.readTree(in);
        }
        assertThat(schema.get("$schema").textValue()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    }

    @Test
    void membersMatchTheReader() {
        assertThat(names(schema.get("properties"))).isEqualTo(V1Rules.ORDER_FIELDS);
        assertThat(names(object("customer").get("properties"))).isEqualTo(V1Rules.CUSTOMER_FIELDS);
        assertThat(names(object("shipTo").get("properties"))).isEqualTo(V1Rules.ADDRESS_FIELDS);
        assertThat(names(line().get("properties"))).isEqualTo(V1Rules.LINE_FIELDS);
        assertThat(names(object("payment").get("properties"))).isEqualTo(V1Rules.PAYMENT_FIELDS);
        for (JsonNode object : List.of(schema, object("customer"), object("shipTo"), line(), object("payment"))) {
            assertThat(object.get("additionalProperties").booleanValue()).isFalse();
        }
    }

    @Test
    void enumsAndBoundsMatchTheReader() {
        Set<String> shippingMethods = strings(object("shippingMethod").get("enum"));
        assertThat(shippingMethods).containsExactlyElementsOf(V1Rules.SHIPPING_METHODS.keySet());
        assertThat(shippingMethods).containsExactly("standard", "express", "same-day", "pickup");
        assertThat(strings(line().at("/properties/uom/enum"))).containsExactlyInAnyOrderElementsOf(
                new HashSet<>(V1Rules.UOM_ALIASES.values()));
        assertThat(object("lines").get("maxItems").asInt()).isEqualTo(V1Rules.MAX_LINES);
        assertThat(line().at("/properties/quantity/maximum").asLong()).isEqualTo(V1Rules.MAX_QUANTITY);
        assertThat(line().at("/properties/weightKg/maximum").asDouble()).isEqualTo(V1Rules.MAX_WEIGHT_KG);
        assertThat(schema.at("/properties/schemaVersion/const").textValue()).isEqualTo(CanonicalOrder.SCHEMA_VERSION);
    }

    @ParameterizedTest
    @CsvSource({
            "/properties/orderId, IDENTIFIER", "/properties/channel, CHANNEL", "/properties/currency, CURRENCY",
            "/properties/customer/properties/email, EMAIL", "/properties/customer/properties/phone, PHONE",
            "/properties/shipTo/properties/postalCode, POSTAL_CODE", "/properties/shipTo/properties/country, COUNTRY",
            "/properties/lines/items/properties/sku, SKU", "/properties/lines/items/properties/lineId, IDENTIFIER"})
    void patternsAreTheReadersPatterns(String pointer, String rule) throws ReflectiveOperationException {
        TextRule textRule = (TextRule) V1Rules.class.getDeclaredField(rule).get(null);

        assertThat(pattern(pointer)).isEqualTo(textRule.pattern().pattern());
    }

    @Test
    void moneyAndInstantPatternsAreTheReadersPatterns() {
        assertThat(pattern("/properties/placedAt")).isEqualTo(V1Rules.INSTANT.pattern());
        assertThat(pattern("/properties/lines/items/properties/unitPrice")).isEqualTo(V1Rules.MONEY.pattern());
    }

    /** The reader accepts exactly the money strings the schema pattern allows. */
    @ParameterizedTest
    @ValueSource(strings = {"0", "0.5", "19.99", "24.0000", "999999999999999.9999", "1000000000000000", "-1",
            "-0", "01", "1.", ".5", "1e3", "1.23456", "+1", "NaN", " 1", "1,00", "0.00"})
    void moneySyntaxAgreesWithTheSchema(String amount) {
        boolean schemaAccepts = Pattern.compile(pattern("/properties/lines/items/properties/unitPrice"))
                .matcher(amount).matches();
        ObjectNode body = TestOrders.with("lines[0].unitPrice", TestOrders.MAPPER.valueToTree(amount).toString());

        assertThat(new OrderReader().read(body).isValid()).isEqualTo(schemaAccepts);
    }

    /** Removing a member the schema requires is refused with Required at its path; removing any other is fine. */
    @Test
    void requiredMembersAreRequiredByTheReader() {
        checkRequired("", schema);
        checkRequired("shipTo.", object("shipTo"));
        checkRequired("lines[0].", line());
        checkRequired("payment.", object("payment"));
        checkRequired("customer.", object("customer"));
    }

    private static void checkRequired(String prefix, JsonNode object) {
        Set<String> required = strings(object.get("required") == null ? TestOrders.json("[]") : object.get("required"));
        for (String member : names(object.get("properties"))) {
            ReadResult result = new OrderReader().read(TestOrders.with(prefix + member, null));
            if (required.contains(member)) {
                assertThat(result.errors()).as(prefix + member).extracting(FieldError::field, FieldError::code)
                        .containsExactly(tuple(prefix + member, FieldError.REQUIRED));
            } else if (!Set.of("latitude", "longitude").contains(member)) {
                assertThat(result.errors()).as(prefix + member).isEmpty();
            }
        }
    }

    private static JsonNode object(String member) {
        return schema.get("properties").get(member);
    }

    private static JsonNode line() {
        return object("lines").get("items");
    }

    private static String pattern(String pointer) {
        JsonNode node = schema.at(pointer);
        if (node.has("$ref")) {
            node = schema.at(node.get("$ref").textValue().substring(1));
        }
        return node.get("pattern").textValue();
    }

    private static Set<String> names(JsonNode object) {
        Set<String> names = new HashSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> values = new LinkedHashSet<>();
        StreamSupport.stream(array.spliterator(), false).forEach(v -> values.add(v.textValue()));
        return values;
    }
}
