package dev.waybill.adapter.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.waybill.api.v1alpha1.meta.ShippingMethod;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

/** Writing orders as JSON and as maps, and reading them back unchanged. */
class OrderJsonTest {

    private final OrderReader reader = new OrderReader();

    @Test
    void roundTripsEverySampleThroughJsonBytesTreeAndMap() throws IOException {
        for (CanonicalOrder order : samples()) {
            assertThat(read(OrderJson.toBytes(order))).isEqualTo(order);
            assertThat(reader.read(OrderJson.toJsonNode(order)).validOrder()).contains(order);
            assertThat(reader.read(TestOrders.MAPPER.valueToTree(OrderJson.toMap(order))).validOrder()).contains(order);
            assertThat(read(OrderJson.toJson(order).getBytes(UTF_8))).isEqualTo(order);
        }
    }

    @Test
    void keepsMoneyScaleAndSubSecondInstantsAcrossTheRoundTrip() {
        CanonicalOrder order = new CanonicalOrder("1", "SO-9", null, Instant.parse("2026-11-27T10:00:00.123456789Z"),
                "JPY", null, new Address(null, "1-1 Chiyoda", null, "Tokyo", null, "100-0001", "JP", null, null),
                ShippingMethod.SAME_DAY, null,
                List.of(new OrderLine("a", "X.1", 100_000, "KG", new BigDecimal("24.0000"), 12.0),
                        new OrderLine("b", "Y_2", 1, "BOX", new BigDecimal("0"), null)),
                new Payment("auth-1", new BigDecimal("2400000.00")));

        assertThat(read(OrderJson.toBytes(order))).isEqualTo(order);
        assertThat(OrderJson.toJsonNode(order).at("/lines/0/unitPrice").textValue()).isEqualTo("24.0000");
    }

    @Test
    void writesTheWireForms() {
        CanonicalOrder order = read(TestOrders.bytes(TestOrders.with("shippingMethod", "\"same-day\"")));

        JsonNode json = OrderJson.toJsonNode(order);

        assertThat(json.get("shippingMethod").textValue()).isEqualTo("same-day");
        assertThat(json.get("placedAt").textValue()).isEqualTo("2026-11-27T10:00:00Z");
        assertThat(json.at("/lines/0/unitPrice").isTextual()).isTrue();
        assertThat(json.at("/payment/amount").textValue()).isEqualTo("39.98");
        assertThat(json.get("shipTo").has("line2")).as("null members are left out").isFalse();
    }

    @Test
    void mapUsesLongDoubleAndStringForCelAndJsonata() {
        Map<String, Object> map = OrderJson.toMap(read(TestOrders.bytes(TestOrders.valid())));

        @SuppressWarnings("unchecked")
        Map<String, Object> line = ((List<Map<String, Object>>) map.get("lines")).get(0);
        @SuppressWarnings("unchecked")
        Map<String, Object> shipTo = (Map<String, Object>) map.get("shipTo");

        assertThat(line.get("quantity")).isEqualTo(2L);
        assertThat(line.get("unitPrice")).isEqualTo("19.99");
        assertThat(line.get("weightKg")).isEqualTo(0.5d);
        assertThat(shipTo.get("latitude")).isEqualTo(39.78d);
        assertThat(map.get("shippingMethod")).isEqualTo("standard");
        assertThat(map.get("placedAt")).isEqualTo("2026-11-27T10:00:00Z");
        assertThat(map.keySet()).startsWith("schemaVersion", "orderId");
        assertThat(map).doesNotContainKey("nothing").containsKey("payment");
    }

    private CanonicalOrder read(byte[] body) {
        ReadResult result = reader.read(body);
        assertThat(result.errors()).isEmpty();
        return result.validOrder().orElseThrow();
    }

    private List<CanonicalOrder> samples() throws IOException {
        try (Stream<Path> files = Files.list(TestOrders.repoRoot().resolve("examples/orders"))) {
            List<Path> paths = files.filter(p -> p.getFileName().toString().matches("SO-.*\\.json")).sorted().toList();
            return Stream.concat(paths.stream().map(this::readSample),
                    Stream.of(read(TestOrders.bytes(TestOrders.valid())))).toList();
        }
    }

    private CanonicalOrder readSample(Path path) {
        try {
            return read(Files.readAllBytes(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
