package dev.waybill.adapter.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import static dev.waybill.adapter.model.FieldError.BODY;
import static dev.waybill.adapter.model.FieldError.DUPLICATE;
import static dev.waybill.adapter.model.FieldError.INVALID_FORMAT;
import static dev.waybill.adapter.model.FieldError.INVALID_TYPE;
import static dev.waybill.adapter.model.FieldError.INVALID_VALUE;
import static dev.waybill.adapter.model.FieldError.OUT_OF_RANGE;
import static dev.waybill.adapter.model.FieldError.REQUIRED;
import static dev.waybill.adapter.model.FieldError.UNKNOWN_FIELD;
import static dev.waybill.adapter.model.FieldError.UNSUPPORTED_SCHEMA_VERSION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** One invalid order per row, each refused with exactly one error at the expected path and with the expected code. */
class OrderReaderInvalidTest {

    private final OrderReader reader = new OrderReader();

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidOrders")
    void refusesWithExactlyOneErrorAtThePath(String name, byte[] body, String field, String code) {
        ReadResult result = reader.read(body);

        assertThat(result.isValid()).isFalse();
        assertThat(result.errors()).extracting(FieldError::field, FieldError::code).containsExactly(tuple(field, code));
        assertThat(result.errors().get(0).message()).isNotBlank();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bodiesQuotingPersonalData")
    void theMessageOfUnparseableJsonQuotesNoneOfTheBody(String name, String body, String reason) {
        FieldError error = reader.read(raw(body)).errors().get(0);

        assertThat(error.field()).isEqualTo(BODY);
        assertThat(error.message()).contains(reason).doesNotContain("Ada", "Lovelace");
    }

    static Stream<Arguments> bodiesQuotingPersonalData() {
        return Stream.of(arguments("an unquoted name", "{\"shipTo\":{\"name\": Ada Lovelace}}",
                        "Unrecognized token: was expecting"),
                arguments("an unquoted name with an apostrophe", "{\"shipTo\":{\"name\": Ada's Lovelace}}",
                        "Unrecognized token: was expecting"));
    }

    static Stream<Arguments> invalidOrders() {
        return Stream.of(bodyCases(), headerCases(), shipToCases(), lineCases(), moneyCases()).flatMap(s -> s);
    }

    private static Stream<Arguments> bodyCases() {
        String deep = "{\"customer\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        return Stream.of(
                row("truncated JSON", raw("{\"schemaVersion\": \"1\","), BODY, INVALID_FORMAT),
                row("not JSON at all", raw("orderId=SO-1"), BODY, INVALID_FORMAT),
                row("array instead of object", raw("[" + TestOrders.valid() + "]"), BODY, INVALID_TYPE),
                row("string instead of object", raw("\"SO-1\""), BODY, INVALID_TYPE),
                row("empty body", new byte[0], BODY, REQUIRED),
                row("JSON null body", raw("null"), BODY, REQUIRED),
                row("trailing second document", raw(TestOrders.valid() + " {}"), BODY, INVALID_FORMAT),
                row("duplicate key", raw("{\"orderId\":\"a\",\"orderId\":\"b\"}"), BODY, INVALID_FORMAT),
                row("100,000 levels of nesting", raw(deep), BODY, INVALID_FORMAT),
                row("number with 1,000 digits", edit("lines[0].quantity", "1".repeat(1000)), BODY, INVALID_FORMAT),
                row("invalid UTF-8", invalidUtf8(), BODY, INVALID_FORMAT));
    }

    private static Stream<Arguments> headerCases() {
        return Stream.of(
                row("missing schemaVersion", edit("schemaVersion", null), "schemaVersion", REQUIRED),
                row("unknown schemaVersion 2", edit("schemaVersion", "\"2\""), "schemaVersion", UNSUPPORTED_SCHEMA_VERSION),
                row("schemaVersion as number", edit("schemaVersion", "1"), "schemaVersion", INVALID_TYPE),
                row("missing orderId", edit("orderId", null), "orderId", REQUIRED),
                row("null orderId", edit("orderId", "null"), "orderId", REQUIRED),
                row("blank orderId", edit("orderId", "\"   \""), "orderId", REQUIRED),
                row("orderId as number", edit("orderId", "1001"), "orderId", INVALID_TYPE),
                row("SQL injection in orderId", edit("orderId", "\"SO-1'; DROP TABLE orders;--\""), "orderId", INVALID_FORMAT),
                row("script injection in orderId", edit("orderId", "\"<script>alert(1)</script>\""), "orderId", INVALID_FORMAT),
                row("orderId of 65 characters", edit("orderId", "\"" + "A".repeat(65) + "\""), "orderId", OUT_OF_RANGE),
                row("channel not a slug", edit("channel", "\"Web US\""), "channel", INVALID_FORMAT),
                row("placedAt date only", edit("placedAt", "\"2026-11-27\""), "placedAt", INVALID_FORMAT),
                row("placedAt without offset", edit("placedAt", "\"2026-11-27T10:00:00\""), "placedAt", INVALID_FORMAT),
                row("placedAt February 30th", edit("placedAt", "\"2026-02-30T10:00:00Z\""), "placedAt", INVALID_FORMAT),
                row("placedAt as epoch number", edit("placedAt", "1764237600"), "placedAt", INVALID_TYPE),
                row("promisedBy before placedAt", edit("promisedBy", "\"2026-11-26T00:00:00Z\""), "promisedBy", INVALID_VALUE),
                row("lower-case currency", edit("currency", "\"usd\""), "currency", INVALID_FORMAT),
                row("currency not in ISO 4217", edit("currency", "\"ABC\""), "currency", INVALID_VALUE),
                row("missing currency, no default", edit("currency", null), "currency", REQUIRED),
                row("malformed email", edit("customer.email", "\"not-an-email\""), "customer.email", INVALID_FORMAT),
                row("customer as string", edit("customer", "\"c-1\""), "customer", INVALID_TYPE),
                row("missing shippingMethod", edit("shippingMethod", null), "shippingMethod", REQUIRED),
                row("unknown shippingMethod", edit("shippingMethod", "\"overnight\""), "shippingMethod", INVALID_VALUE),
                row("enum constant instead of JSON name", edit("shippingMethod", "\"SAME_DAY\""), "shippingMethod", INVALID_VALUE),
                row("unknown top-level field", edit("orderid", "\"SO-1\""), "orderid", UNKNOWN_FIELD),
                row("unknown field with control characters", edit("a\u0000b", "1"), "[\"a\\u0000b\"]", UNKNOWN_FIELD));
    }

    private static Stream<Arguments> shipToCases() {
        return Stream.of(
                row("missing shipTo", edit("shipTo", null), "shipTo", REQUIRED),
                row("missing country", edit("shipTo.country", null), "shipTo.country", REQUIRED),
                row("alpha-3 country", edit("shipTo.country", "\"USA\""), "shipTo.country", INVALID_FORMAT),
                row("country not in ISO 3166", edit("shipTo.country", "\"XX\""), "shipTo.country", INVALID_VALUE),
                row("missing line1", edit("shipTo.line1", null), "shipTo.line1", REQUIRED),
                row("line1 of 257 characters", edit("shipTo.line1", "\"" + "x".repeat(257) + "\""), "shipTo.line1", OUT_OF_RANGE),
                row("newline in city", edit("shipTo.city", "\"Spring\\nfield\""), "shipTo.city", INVALID_FORMAT),
                row("NUL in name", edit("shipTo.name", "\"A\\u0000B\""), "shipTo.name", INVALID_FORMAT),
                row("unpaired surrogate in line2", edit("shipTo.line2", "\"x\\ud800\""), "shipTo.line2", INVALID_FORMAT),
                row("postalCode with symbols", edit("shipTo.postalCode", "\"62701;\""), "shipTo.postalCode", INVALID_FORMAT),
                row("latitude 91", edit("shipTo.latitude", "91"), "shipTo.latitude", OUT_OF_RANGE),
                row("longitude -180.5", edit("shipTo.longitude", "-180.5"), "shipTo.longitude", OUT_OF_RANGE),
                row("latitude 1e309", edit("shipTo.latitude", "1e309"), "shipTo.latitude", OUT_OF_RANGE),
                row("latitude as string", edit("shipTo.latitude", "\"39.78\""), "shipTo.latitude", INVALID_TYPE),
                row("latitude without longitude", edit("shipTo.longitude", null), "shipTo.longitude", REQUIRED),
                row("longitude without latitude", edit("shipTo.latitude", "null"), "shipTo.latitude", REQUIRED),
                row("misspelt postal code field", edit("shipTo.postcode", "\"62701\""), "shipTo.postcode", UNKNOWN_FIELD));
    }

    private static Stream<Arguments> lineCases() {
        ObjectNode line299 = TestOrders.with(TestOrders.withLines(300), "lines[299].quantity", TestOrders.json("0"));
        return Stream.of(
                row("missing lines", edit("lines", null), "lines", REQUIRED),
                row("no lines", edit("lines", "[]"), "lines", OUT_OF_RANGE),
                row("501 lines", TestOrders.bytes(TestOrders.withLines(501)), "lines", OUT_OF_RANGE),
                row("lines as object", edit("lines", "{}"), "lines", INVALID_TYPE),
                row("line as string", edit("lines", "[\"ABC-123\"]"), "lines[0]", INVALID_TYPE),
                row("300 lines, index 299 invalid", TestOrders.bytes(line299), "lines[299].quantity", OUT_OF_RANGE),
                row("duplicate lineId", TestOrders.bytes(TestOrders.with(TestOrders.withLines(2), "lines[1].lineId",
                        TestOrders.json("\"1\""))), "lines[1].lineId", DUPLICATE),
                row("quantity zero", edit("lines[0].quantity", "0"), "lines[0].quantity", OUT_OF_RANGE),
                row("quantity negative", edit("lines[0].quantity", "-1"), "lines[0].quantity", OUT_OF_RANGE),
                row("quantity fractional", edit("lines[0].quantity", "2.5"), "lines[0].quantity", INVALID_TYPE),
                row("quantity as string", edit("lines[0].quantity", "\"2\""), "lines[0].quantity", INVALID_TYPE),
                row("quantity 100001", edit("lines[0].quantity", "100001"), "lines[0].quantity", OUT_OF_RANGE),
                row("quantity 1e309", edit("lines[0].quantity", "1e309"), "lines[0].quantity", OUT_OF_RANGE),
                row("quantity 99999999999999999999", edit("lines[0].quantity", "99999999999999999999"),
                        "lines[0].quantity", OUT_OF_RANGE),
                row("missing sku", edit("lines[0].sku", null), "lines[0].sku", REQUIRED),
                row("blank sku", edit("lines[0].sku", "\"   \""), "lines[0].sku", REQUIRED),
                row("sku with a space inside", edit("lines[0].sku", "\"ABC 123\""), "lines[0].sku", INVALID_FORMAT),
                row("unknown uom", edit("lines[0].uom", "\"dozen\""), "lines[0].uom", INVALID_VALUE),
                row("weightKg negative", edit("lines[0].weightKg", "-0.5"), "lines[0].weightKg", OUT_OF_RANGE),
                row("weightKg as string", edit("lines[0].weightKg", "\"0.5\""), "lines[0].weightKg", INVALID_TYPE),
                row("unknown line field", edit("lines[0].qty", "2"), "lines[0].qty", UNKNOWN_FIELD));
    }

    private static Stream<Arguments> moneyCases() {
        return Stream.of(
                row("unitPrice as JSON number", edit("lines[0].unitPrice", "19.99"), "lines[0].unitPrice", INVALID_TYPE),
                row("unitPrice with 5 decimals", edit("lines[0].unitPrice", "\"19.99999\""), "lines[0].unitPrice",
                        INVALID_FORMAT),
                row("unitPrice negative", edit("lines[0].unitPrice", "\"-1.00\""), "lines[0].unitPrice", OUT_OF_RANGE),
                row("unitPrice NaN", edit("lines[0].unitPrice", "\"NaN\""), "lines[0].unitPrice", INVALID_FORMAT),
                row("unitPrice with exponent", edit("lines[0].unitPrice", "\"1e3\""), "lines[0].unitPrice", INVALID_FORMAT),
                row("unitPrice with leading zeros", edit("lines[0].unitPrice", "\"019.99\""), "lines[0].unitPrice",
                        INVALID_FORMAT),
                row("unitPrice of 16 integer digits", edit("lines[0].unitPrice", "\"1234567890123456\""),
                        "lines[0].unitPrice", OUT_OF_RANGE),
                row("missing unitPrice", edit("lines[0].unitPrice", null), "lines[0].unitPrice", REQUIRED),
                row("payment amount as number", edit("payment.amount", "39.98"), "payment.amount", INVALID_TYPE),
                row("payment without amount", edit("payment.amount", null), "payment.amount", REQUIRED),
                row("payment without authorizationId", edit("payment.authorizationId", null), "payment.authorizationId",
                        REQUIRED));
    }

    private static Arguments row(String name, byte[] body, String field, String code) {
        return arguments(name, body, field, code);
    }

    private static byte[] edit(String path, String value) {
        return TestOrders.bytes(TestOrders.with(path, value));
    }

    private static byte[] raw(String body) {
        return body.getBytes(StandardCharsets.UTF_8);
    }

    // 0xC3 opens a two-byte sequence; a quote cannot continue it.
    private static byte[] invalidUtf8() {
        return new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, '"', '}'};
    }
}
