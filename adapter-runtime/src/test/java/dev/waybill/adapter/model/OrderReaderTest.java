package dev.waybill.adapter.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.waybill.api.v1alpha1.meta.ShippingMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Valid orders, normalisation, and the collection of several errors in one pass. */
class OrderReaderTest {

    private final OrderReader reader = new OrderReader();

    @Test
    void readsTheSpecExample() {
        CanonicalOrder order = valid(reader.read(TestOrders.bytes(TestOrders.valid())));

        assertThat(order.orderId()).isEqualTo("SO-1001");
        assertThat(order.placedAt()).isEqualTo(Instant.parse("2026-11-27T10:00:00Z"));
        assertThat(order.shippingMethod()).isEqualTo(ShippingMethod.STANDARD);
        assertThat(order.customer()).isEqualTo(new Customer("c-1", "a@example.com", "+15555550100"));
        assertThat(order.shipTo()).isEqualTo(new Address("A B", "1 Main St", null, "Springfield", "IL", "62701", "US",
                39.78, -89.65));
        assertThat(order.lines()).containsExactly(new OrderLine("1", "ABC-123", 2, "EA", new BigDecimal("19.99"), 0.5));
        assertThat(order.payment()).isEqualTo(new Payment("auth-9", new BigDecimal("39.98")));
    }

    @Test
    void normalisesSkuUomAndCountry() {
        ObjectNode body = TestOrders.with("lines[0].sku", "\" abc-123 \"");
        TestOrders.with(body, "lines[0].uom", TestOrders.json("\"each\""));
        TestOrders.with(body, "shipTo.country", TestOrders.json("\"us\""));

        CanonicalOrder order = valid(reader.read(TestOrders.bytes(body)));

        assertThat(order.lines().get(0).sku()).isEqualTo("ABC-123");
        assertThat(order.lines().get(0).uom()).isEqualTo("EA");
        assertThat(order.shipTo().country()).isEqualTo("US");
    }

    @ParameterizedTest
    @CsvSource({"each,EA", "ea,EA", "PC,EA", "pcs,EA", "Piece,EA", "EA,EA", "kg,KG", "KGS,KG", "box,BOX", "bx,BOX"})
    void mapsUnitOfMeasureAliases(String alias, String canonical) {
        CanonicalOrder order = valid(reader.read(TestOrders.with("lines[0].uom", "\"" + alias + "\"")));

        assertThat(order.lines().get(0).uom()).isEqualTo(canonical);
    }

    @Test
    void defaultsUomToEach() {
        assertThat(valid(reader.read(TestOrders.with("lines[0].uom", null))).lines().get(0).uom()).isEqualTo("EA");
    }

    @Test
    void convertsOffsetsToUtcAndAcceptsIntegralQuantityWrittenAsDecimal() {
        ObjectNode body = TestOrders.with("placedAt", "\"2026-11-27T11:00:00.5+01:00\"");
        TestOrders.with(body, "lines[0].quantity", TestOrders.json("2.0"));

        CanonicalOrder order = valid(reader.read(body));

        assertThat(order.placedAt()).isEqualTo(Instant.parse("2026-11-27T10:00:00.500Z"));
        assertThat(order.lines().get(0).quantity()).isEqualTo(2);
    }

    @Test
    void optionalPartsMayBeAbsent() {
        ObjectNode body = TestOrders.valid();
        Stream.of("channel", "customer", "promisedBy", "payment").forEach(body::remove);
        ((ObjectNode) body.get("shipTo")).remove(List.of("name", "line2", "region", "latitude", "longitude"));
        ((ObjectNode) body.get("lines").get(0)).remove(List.of("uom", "weightKg"));

        CanonicalOrder order = valid(reader.read(body));

        assertThat(order.channel()).isNull();
        assertThat(order.payment()).isNull();
        assertThat(order.shipTo().latitude()).isNull();
    }

    @Test
    void reportsEveryErrorTogether() {
        ObjectNode body = TestOrders.with("orderId", null);
        TestOrders.with(body, "currency", TestOrders.json("\"usd\""));
        TestOrders.with(body, "shipTo.country", TestOrders.json("\"USA\""));
        TestOrders.with(body, "shipTo.longitude", null);
        TestOrders.with(body, "lines[0].quantity", TestOrders.json("-3"));
        TestOrders.with(body, "lines[0].unitPrice", TestOrders.json("19.99"));
        TestOrders.with(body, "payment.amount", TestOrders.json("\"39.98765\""));
        TestOrders.with(body, "shippingMethod", TestOrders.json("\"teleport\""));
        TestOrders.with(body, "giftWrap", TestOrders.json("true"));

        ReadResult result = reader.read(TestOrders.bytes(body));

        assertThat(result.errors()).extracting(FieldError::field, FieldError::code).containsExactlyInAnyOrder(
                tuple("orderId", FieldError.REQUIRED),
                tuple("currency", FieldError.INVALID_FORMAT),
                tuple("shipTo.country", FieldError.INVALID_FORMAT),
                tuple("shipTo.longitude", FieldError.REQUIRED),
                tuple("lines[0].quantity", FieldError.OUT_OF_RANGE),
                tuple("lines[0].unitPrice", FieldError.INVALID_TYPE),
                tuple("payment.amount", FieldError.INVALID_FORMAT),
                tuple("shippingMethod", FieldError.INVALID_VALUE),
                tuple("giftWrap", FieldError.UNKNOWN_FIELD));
    }

    @Test
    void reportsErrorsInSeveralLinesAtTheirIndexes() {
        ObjectNode body = TestOrders.withLines(3);
        TestOrders.with(body, "lines[0].sku", TestOrders.json("\"bad sku\""));
        TestOrders.with(body, "lines[2].quantity", TestOrders.json("\"1\""));
        TestOrders.with(body, "lines[2].lineId", TestOrders.json("\"2\""));

        assertThat(reader.read(body).errors()).extracting(FieldError::field, FieldError::code).containsExactly(
                tuple("lines[0].sku", FieldError.INVALID_FORMAT),
                tuple("lines[2].lineId", FieldError.DUPLICATE),
                tuple("lines[2].quantity", FieldError.INVALID_TYPE));
    }

    @Test
    void anUnsupportedSchemaVersionIsTheOnlyErrorReported() {
        ObjectNode body = TestOrders.with("schemaVersion", "\"2\"");
        body.put("somethingNewInV2", true);

        assertThat(reader.read(body).errors()).extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("schemaVersion", FieldError.UNSUPPORTED_SCHEMA_VERSION));
    }

    @Test
    void treesFromOtherMappersWithInfiniteDoublesAreRefusedNotThrown() throws IOException {
        // A default ObjectMapper turns 1e309 into Infinity before the reader sees it.
        var tree = new ObjectMapper().readTree(new String(TestOrders.bytes(TestOrders.valid()))
                .replace("39.78", "1e309"));

        assertThat(reader.read(tree).errors()).extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("shipTo.latitude", FieldError.OUT_OF_RANGE));
        assertThat(reader.read((JsonNode) null).isValid()).isFalse();
    }

    @Test
    void aDeepTreeFromTheCallerIsNotWalked() {
        ObjectNode body = TestOrders.valid();
        var nested = body.putArray("customer");
        for (int i = 0; i < 100_000; i++) {
            nested = nested.addArray();
        }

        assertThat(reader.read(body).errors()).extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("customer", FieldError.INVALID_TYPE));
    }

    @Test
    void acceptsFiveHundredLines() {
        assertThat(valid(reader.read(TestOrders.bytes(TestOrders.withLines(500)))).lines()).hasSize(500);
    }

    @Test
    void everySampleOrderInTheRepositoryIsValid() throws IOException {
        List<Path> samples;
        try (Stream<Path> files = Files.list(TestOrders.repoRoot().resolve("examples/orders"))) {
            samples = files.filter(p -> p.getFileName().toString().matches("SO-.*\\.json")).sorted().toList();
        }

        assertThat(samples).isNotEmpty();
        for (Path sample : samples) {
            ReadResult result = reader.read(Files.readAllBytes(sample));
            assertThat(result.errors()).as(sample.toString()).isEmpty();
            assertThat(result.validOrder()).get().extracting(CanonicalOrder::orderId)
                    .isEqualTo(sample.getFileName().toString().replace(".json", ""));
        }
    }

    private static CanonicalOrder valid(ReadResult result) {
        assertThat(result.errors()).isEmpty();
        return result.validOrder().orElseThrow();
    }
}
