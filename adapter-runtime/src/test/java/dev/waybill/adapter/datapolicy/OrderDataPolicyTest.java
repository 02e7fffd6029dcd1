package dev.waybill.adapter.datapolicy;

import dev.waybill.adapter.testing.TestContracts;
import dev.waybill.api.v1alpha1.contract.DataPolicy;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class OrderDataPolicyTest {

    private static OrderDataPolicy policy(List<String> allowed, List<String> masked) {
        DataPolicy policy = new DataPolicy();
        policy.allowedFields = allowed;
        policy.maskInLogs = masked;
        return OrderDataPolicy.of(policy);
    }

    @Test
    @SuppressWarnings("unchecked")
    void keepsOnlyAllowedFieldsAtTheirPlaces() {
        Map<String, Object> kept = (Map<String, Object>) policy(
                List.of("/orderId", "/shipTo/city", "/lines/0/sku", "/nowhere/at/all"), List.of())
                .restrict(TestContracts.order());

        assertThat(kept).containsOnlyKeys("orderId", "shipTo", "lines");
        assertThat((Map<String, Object>) kept.get("shipTo")).containsExactly(Map.entry("city", "Springfield"));
        assertThat((List<Object>) kept.get("lines")).containsExactly(Map.of("sku", "ABC-123"));
    }

    @Test
    void withoutAllowedFieldsTheWholeOrderGoes() {
        Map<String, Object> order = TestContracts.order();

        assertThat(OrderDataPolicy.of(null).restrict(order)).isSameAs(order);
        assertThat(policy(List.of(), List.of()).restrict(order)).isSameAs(order);
    }

    @Test
    @SuppressWarnings("unchecked")
    void masksPresentFieldsInACopy() {
        Map<String, Object> order = TestContracts.order();
        Map<String, Object> masked = (Map<String, Object>) policy(List.of(),
                List.of("/shipTo/name", "/customer/email", "/absent/field")).mask(order);

        assertThat((Map<String, Object>) masked.get("shipTo")).containsEntry("name", "****")
                .containsEntry("city", "Springfield");
        assertThat((Map<String, Object>) masked.get("customer")).containsEntry("email", "****");
        assertThat(masked).doesNotContainKey("absent");
        assertThat((Map<String, Object>) order.get("shipTo")).containsEntry("name", "Ada Lovelace");
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePersonalFieldsAreMaskedWhenAContractListsNone() {
        Map<String, Object> order = TestContracts.order();
        for (OrderDataPolicy policy : List.of(OrderDataPolicy.defaults(), OrderDataPolicy.of(null),
                policy(List.of(), List.of()),
                policy(List.of(), List.of("/payment/authorizationId")))) {
            Map<String, Object> masked = (Map<String, Object>) policy.mask(order);

            assertThat((Map<String, Object>) masked.get("shipTo")).containsEntry("name", "****")
                    .containsEntry("line1", "****").containsEntry("postalCode", "****")
                    .containsEntry("latitude", "****").containsEntry("longitude", "****")
                    .containsEntry("city", "Springfield").containsEntry("country", "US");
            assertThat((Map<String, Object>) masked.get("customer")).containsEntry("email", "****")
                    .containsEntry("phone", "****").containsEntry("id", "c-1");
            assertThat(policy.scrubber(order, List.of()).scrubText("for ADA LOVELACE, 1 main st"))
                    .isEqualTo("for ****, ****");
        }
        Map<String, Object> masked = (Map<String, Object>) policy(List.of(), List.of("/payment/authorizationId"))
                .mask(order);
        assertThat((Map<String, Object>) masked.get("payment")).containsEntry("authorizationId", "****");
    }

    @Test
    void theResourceDescriptionNamesEveryFieldAlwaysMasked() throws NoSuchFieldException {
        String description = DataPolicy.class.getField("maskInLogs")
                .getAnnotation(com.fasterxml.jackson.annotation.JsonPropertyDescription.class).value();

        assertThat(description).contains(OrderDataPolicy.ALWAYS_MASKED);
    }

    @Test
    void theScrubberRemovesMaskedValuesAndSecretsFromText() {
        LogScrubber scrubber = policy(List.of(), List.of("/shipTo/name", "/customer"))
                .scrubber(TestContracts.order(), List.of("tok-123456"));

        assertThat(scrubber.scrubText("Ada Lovelace")).isEqualTo("****");
        assertThat(scrubber.scrubText("to Ada Lovelace, a@example.com (tok-123456)"))
                .isEqualTo("to ****, **** (****)");
        // "c-1" is too short to hunt inside other text, but masked where it stands alone.
        assertThat(scrubber.scrubText("abc-1")).isEqualTo("abc-1");
        assertThat(scrubber.scrubJson(Map.of("id", "c-1"))).isEqualTo(Map.of("id", "****"));
    }

    @Test
    void theScrubberReadsAnswersAsJsonOrText() {
        LogScrubber scrubber = policy(List.of(), List.of("/shipTo/name")).scrubber(TestContracts.order(), List.of());

        assertThat(scrubber.scrubAnswer("{\"who\":\"Ada Lovelace\"}".getBytes())).isEqualTo("{\"who\":\"****\"}");
        assertThat(scrubber.scrubAnswer("<p>Ada Lovelace</p>".getBytes())).isEqualTo("<p>****</p>");
        assertThat(scrubber.scrubAnswer(new byte[0])).isNull();
        assertThat(scrubber.scrubAnswer("y".repeat(5000).getBytes())).hasSize(LogScrubber.MAX_ANSWER_CHARS);
    }
}
