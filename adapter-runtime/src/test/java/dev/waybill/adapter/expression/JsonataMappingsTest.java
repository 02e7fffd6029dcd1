package dev.waybill.adapter.expression;

import dev.waybill.testkit.ConcurrentCalls;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonataMappingsTest {

    /** The web-us OrderSource mapping of examples/sources.yaml. */
    private static final String WEB_US_MAPPING = """
            {
              "schemaVersion": "1",
              "orderId": order_number,
              "placedAt": created_at,
              "currency": currency,
              "customer": { "id": customer.id, "email": customer.email, "phone": customer.phone },
              "shipTo": {
                "name": shipping_address.first_name & " " & shipping_address.last_name,
                "line1": shipping_address.address1,
                "line2": shipping_address.address2,
                "city": shipping_address.city,
                "country": shipping_address.country_code,
                "latitude": shipping_address.latitude
              },
              "shippingMethod": shipping_lines[0].code,
              "lines": [line_items.{
                "lineId": $string(id),
                "sku": sku,
                "quantity": quantity,
                "weightKg": grams / 1000
              }],
              "payment": { "authorizationId": payment.authorization, "amount": total_price }
            }
            """;

    private static final String WEB_US_PAYLOAD = """
            { "order_number": "W-2001", "created_at": "2026-11-27T11:15:00Z", "currency": "USD",
              "customer": { "id": "9001", "email": "shopper@example.com", "phone": "+15555550123" },
              "shipping_address": { "first_name": "Barbara", "last_name": "Liskov",
                "address1": "77 Massachusetts Ave", "address2": null, "city": "Cambridge",
                "country_code": "US", "latitude": 42.36 },
              "shipping_lines": [ { "code": "standard" } ],
              "line_items": [ { "id": 1, "sku": "ABC-123", "quantity": 1, "grams": 500 },
                              { "id": 2, "sku": "MUG-001", "quantity": 2, "grams": 400 } ],
              "payment": { "authorization": "auth-2001" }, "total_price": "44.99" }
            """;

    @Test
    @SuppressWarnings("unchecked")
    void mapsAChannelPayloadToANestedCanonicalOrder() throws ExpressionException {
        CompiledMapping mapping = JsonataMappings.compile(WEB_US_MAPPING);

        Map<String, Object> order = (Map<String, Object>) mapping.apply(parse(WEB_US_PAYLOAD));

        assertThat(order).containsEntry("orderId", "W-2001").containsEntry("shippingMethod", "standard");
        assertThat((Map<String, Object>) order.get("shipTo"))
                .containsEntry("name", "Barbara Liskov")
                .containsEntry("country", "US")
                .containsEntry("latitude", 42.36);
        assertThat((Map<String, Object>) order.get("payment")).containsEntry("amount", "44.99");
        List<Map<String, Object>> lines = (List<Map<String, Object>>) order.get("lines");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).containsEntry("lineId", "1").containsEntry("sku", "ABC-123");
        assertThat(((Number) lines.get(1).get("weightKg")).doubleValue()).isEqualTo(0.4);
    }

    @Test
    void syntaxErrorCarriesThePosition() {
        assertThatThrownBy(() -> JsonataMappings.compile("{ \"a\": foo."))
                .isInstanceOf(ExpressionException.class)
                .hasMessage("Expected \"}\" before end of expression at position 11");
        assertThatThrownBy(() -> JsonataMappings.compile("{\"a\" 1}"))
                .isInstanceOf(ExpressionException.class)
                .hasMessageStartingWith("Expected \":\"")
                .hasMessageEndingWith("at position 6");
    }

    @Test
    void evaluationErrorsAreTyped() throws ExpressionException {
        CompiledMapping plusOne = JsonataMappings.compile("x + 1");
        CompiledMapping unknownFunction = JsonataMappings.compile("$nope(x)");

        assertThatThrownBy(() -> plusOne.apply(Map.of("x", "abc")))
                .isInstanceOf(ExpressionEvaluationException.class)
                .hasMessageContaining("\"+\" operator must evaluate to a number");
        assertThatThrownBy(() -> unknownFunction.apply(Map.of("x", 1)))
                .isInstanceOf(ExpressionEvaluationException.class)
                .hasMessageContaining("non-function");
    }

    @Test
    void mappingThatYieldsNothingReturnsNull() throws ExpressionException {
        assertThat(JsonataMappings.compile("missing.field").apply(Map.of("x", 1))).isNull();
    }

    @Test
    @SuppressWarnings("unchecked")
    void concurrentEvaluationFromEightThreadsKeepsEachCallsInput() throws Exception {
        // $$ is the root document: the one value a shared Jsonata instance lets leak between threads.
        CompiledMapping mapping = JsonataMappings.compile(
                "{ \"id\": orderId, \"root\": $$.orderId, \"skus\": [lines.sku], \"n\": $count(lines) }");

        int wrong = ConcurrentCalls.countWrong(8, 5_000, (thread, i) -> {
            String id = "SO-" + thread + "-" + i;
            Map<String, Object> input = Map.of("orderId", id,
                    "lines", List.of(Map.of("sku", "T" + thread), Map.of("sku", "I" + i)));
            Map<String, Object> out = (Map<String, Object>) mapping.apply(input);
            return id.equals(out.get("id")) && id.equals(out.get("root"))
                    && List.of("T" + thread, "I" + i).equals(out.get("skus"))
                    && ((Number) out.get("n")).intValue() == 2;
        });

        assertThat(wrong).isZero();
    }

    @Test
    void nowIsTheTimeOfEachEvaluationOnAReusedThread() throws Exception {
        CompiledMapping mapping = JsonataMappings.compile("{ \"millis\": $millis(), \"now\": $now() }");
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            thread.submit(() -> mapping.apply(Map.of())).get(10, TimeUnit.SECONDS);
            Thread.sleep(50);
            long before = System.currentTimeMillis();
            Map<?, ?> later = (Map<?, ?>) thread.submit(() -> mapping.apply(Map.of())).get(10, TimeUnit.SECONDS);

            long millis = ((Number) later.get("millis")).longValue();
            assertThat(millis).isGreaterThanOrEqualTo(before);
            assertThat(Instant.parse((String) later.get("now")).toEpochMilli()).isEqualTo(millis);
        } finally {
            thread.shutdownNow();
        }
    }

    @Test
    void inputIsOnlyRead() throws ExpressionException {
        Map<String, Object> input = parse(WEB_US_PAYLOAD);
        JsonataMappings.compile(WEB_US_MAPPING).apply(input);

        assertThat(input).isEqualTo(parse(WEB_US_PAYLOAD));
    }

    private static Map<String, Object> parse(String json) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readValue(json,
                    new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() { });
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
