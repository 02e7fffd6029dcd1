package dev.waybill.operator.expression;

import dev.waybill.testkit.ConcurrentCalls;
import dev.waybill.adapter.expression.ExpressionEvaluationException;
import dev.waybill.adapter.expression.ExpressionException;
import dev.waybill.adapter.expression.ExpressionMessages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CelOrderPredicatesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', value = {
        "order.shipTo.country == 'US'                                                   ; true",
        "order.shipTo.country == 'CA'                                                   ; false",
        "order.lines.exists(l, l.sku == 'ABC-123')                                      ; true",
        "order.lines.exists(l, l.sku == 'NOPE')                                         ; false",
        "order.shippingMethod == 'same-day' || order.shippingMethod == 'pickup'         ; false",
        "order.shippingMethod == 'standard' && order.currency == 'USD'                  ; true",
        "order.lines.exists(l, l.quantity >= 2)                                         ; true",
        "order.lines.all(l, l.weightKg < 0.5)                                           ; false",
        "order.shipTo.latitude > 30 && order.shipTo.longitude < -80.5                   ; true",
        "timestamp(order.placedAt) < timestamp(order.promisedBy)                        ; true",
        "order.customer.email.endsWith('@example.com') && order.payment.amount == '39.98' ; true",
        "order.shipTo.region in ['IL', 'WI']                                            ; true",
    })
    void evaluatesPredicatesOverTheSampleOrder(String expression, boolean expected) throws ExpressionException {
        assertThat(CelOrderPredicates.compile(expression).test(SampleOrders.so1001())).isEqualTo(expected);
    }

    @Test
    void sameDayOrPickupMatchesASameDayOrder() throws ExpressionException {
        CompiledPredicate fast = CelOrderPredicates.compile(
                "order.shippingMethod == 'same-day' || order.shippingMethod == 'pickup'");
        Map<String, Object> order = SampleOrders.so1001();
        order.put("shippingMethod", "same-day");

        assertThat(fast.test(order)).isTrue();
        assertThat(fast.expression()).startsWith("order.shippingMethod");
    }

    @Test
    void syntaxErrorIsOneShortLineWithPosition() {
        assertThatThrownBy(() -> CelOrderPredicates.compile("order.shipTo.country == "))
                .isInstanceOf(ExpressionException.class)
                .hasMessageStartingWith("mismatched input '<EOF>'")
                .hasMessageContaining(" at 1:25")
                .hasMessageNotContaining("\n")
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThanOrEqualTo(ExpressionMessages.MAX_LENGTH + 40));
    }

    @Test
    void unknownFieldIsACompileErrorNamingTheField() {
        assertThatThrownBy(() -> CelOrderPredicates.compile("order.shipTo.countyr == 'US'"))
                .isInstanceOf(ExpressionException.class)
                .hasMessage("undefined field 'countyr' at 1:13");
    }

    @Test
    void unknownVariableIsACompileError() {
        assertThatThrownBy(() -> CelOrderPredicates.compile("ordr.orderId == 'SO-1'"))
                .isInstanceOf(ExpressionException.class)
                .hasMessageStartingWith("undeclared reference to 'ordr'")
                .hasMessageEndingWith(" at 1:1");
    }

    @Test
    void everyFurtherErrorIsCountedNotListed() {
        assertThatThrownBy(() -> CelOrderPredicates.compile("order.x == 1 && order.y == 2"))
                .hasMessage("undefined field 'x' at 1:6 (and 1 more errors)");
    }

    @Test
    void nonBooleanExpressionIsRefused() {
        assertThatThrownBy(() -> CelOrderPredicates.compile("order.orderId"))
                .isInstanceOf(ExpressionException.class)
                .hasMessage("must evaluate to a bool, but evaluates to string");
    }

    @Test
    void illTypedComparisonIsRefusedWithoutTheOverloadList() {
        assertThatThrownBy(() -> CelOrderPredicates.compile("order.lines.size() == 'two'"))
                .isInstanceOf(ExpressionException.class)
                .hasMessageStartingWith("found no matching overload for '_==_' applied to '(int, string)'")
                .hasMessageNotContaining("candidates");
    }

    @Test
    void jsonNullIsCelNull() throws ExpressionException {
        Map<String, Object> order = SampleOrders.so1001();
        CompiledPredicate apartment = CelOrderPredicates.compile(
                "order.shipTo.line2 != null && order.shipTo.line2.startsWith('Apt')");

        assertThat(CelOrderPredicates.compile("order.shipTo.line2 == null").test(order)).isTrue();
        assertThat(CelOrderPredicates.compile("has(order.shipTo.line2)").test(order)).as("key present").isTrue();
        assertThat(apartment.test(order)).isFalse();
        SampleOrders.child(order, "shipTo").put("line2", "Apt 4");
        assertThat(apartment.test(order)).isTrue();
    }

    @Test
    void absentFieldIsATypedEvaluationError() throws ExpressionException {
        Map<String, Object> order = SampleOrders.so1001();
        order.remove("promisedBy");
        CompiledPredicate promised = CelOrderPredicates.compile("order.promisedBy < '2026-12-01'");

        assertThatThrownBy(() -> promised.test(order))
                .isInstanceOf(ExpressionEvaluationException.class)
                .hasMessageContaining("'promisedBy'")
                .hasMessageContaining("(at character 6)")
                .hasMessageNotContaining("<input>");
        assertThat(CelOrderPredicates.compile("has(order.promisedBy) && order.promisedBy < '2026-12-01'")
                .test(order)).as("guarded with has()").isFalse();
    }

    @Test
    void nullNestedObjectIsATypedEvaluationError() throws ExpressionException {
        Map<String, Object> order = SampleOrders.so1001();
        order.put("payment", null);

        assertThat(CelOrderPredicates.compile("order.payment == null").test(order)).isTrue();
        assertThatThrownBy(() -> CelOrderPredicates.compile("order.payment.amount == '1'").test(order))
                .isInstanceOf(ExpressionEvaluationException.class);
    }

    @Test
    void evaluationLeavesTheCallersOrderUntouched() throws ExpressionException {
        Map<String, Object> order = SampleOrders.so1001();
        CelOrderPredicates.compile("order.shipTo.line2 == null && order.lines[0].quantity == 2").test(order);

        assertThat(order).isEqualTo(SampleOrders.so1001());
        assertThat(SampleOrders.child(order, "shipTo")).containsEntry("line2", null);
    }

    @Test
    void everyFieldOfTheCanonicalOrderIsDeclared() throws ExpressionException {
        Map<String, Object> order = SampleOrders.so1001();
        for (String field : order.keySet()) {
            assertThat(CelOrderPredicates.compile("has(order." + field + ")").test(order)).as(field).isTrue();
        }
        for (String object : new String[] {"customer", "shipTo", "payment"}) {
            for (String field : SampleOrders.child(order, object).keySet()) {
                String expression = "has(order." + object + "." + field + ")";
                assertThat(CelOrderPredicates.compile(expression).test(order)).as(expression).isTrue();
            }
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> line = ((List<Map<String, Object>>) order.get("lines")).get(0);
        for (String field : line.keySet()) {
            String expression = "order.lines.all(l, has(l." + field + "))";
            assertThat(CelOrderPredicates.compile(expression).test(order)).as(expression).isTrue();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void evaluatesConcurrentlyFromEightThreads() throws Exception {
        CompiledPredicate bulky = CelOrderPredicates.compile(
                "order.lines.exists(l, l.quantity > 2) && order.shipTo.country == 'US'");
        Map<String, Object> bulkyOrder = SampleOrders.so1001();
        ((List<Map<String, Object>>) bulkyOrder.get("lines")).get(0).put("quantity", 3);
        Map<String, Object> smallOrder = SampleOrders.so1001();

        int wrong = ConcurrentCalls.countWrong(8, 2_000, (thread, i) -> {
            boolean expected = (thread + i) % 2 == 0;
            return bulky.test(expected ? bulkyOrder : smallOrder) == expected;
        });

        assertThat(wrong).isZero();
    }
}
