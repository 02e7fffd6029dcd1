package dev.waybill.adapter.remote;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waybill.adapter.connector.Attempt;
import dev.waybill.adapter.connector.FailureClass;
import dev.waybill.adapter.connector.VendorCall;
import dev.waybill.adapter.connector.VendorOutcome;
import dev.waybill.adapter.connector.VendorOutcome.Failed;
import dev.waybill.adapter.connector.VendorOutcome.Succeeded;
import dev.waybill.adapter.model.CanonicalOrder;
import dev.waybill.adapter.model.FieldError;
import dev.waybill.adapter.model.OrderReader;
import dev.waybill.adapter.testing.TestContracts;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The wire form of /v1/calls, both ways: what the operator writes, the adapter app reads back equal, and back. */
class CallCodecTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant AT = Instant.parse("2026-11-27T10:00:00.123Z");

    @Test
    void aCallSurvivesTheRoundTrip() throws Exception {
        Map<String, Object> shipment = new HashMap<>(Map.of("id", "S-1",
                "lines", List.of(Map.of("sku", "A", "quantity", 2))));
        shipment.put("vendorReference", null);
        Map<String, Object> input = Map.of("order", TestContracts.order(), "shipment", shipment,
                "node", Map.of("name", "store-1"));
        VendorCall call = new VendorCall("create", "S-1:create", input, Set.of("vendorReference"), true, "SO-1001");

        assertThat(CallCodec.decodeCall(CallCodec.encodeCall(call))).isEqualTo(call);
    }

    @Test
    void aCallBodyReadAndWrittenAgainIsTheSameDocument() throws Exception {
        String body = """
                {"operation":"cancel","idempotencyKey":"k-1","input":{"lines":[{"lineId":"1","quantity":1}],
                 "shipment":{"id":"S-1","reservationId":null}},"expect":[],"mayHaveBeenSent":false,
                 "correlationId":null}""";

        JsonNode written = JSON.readTree(CallCodec.encodeCall(CallCodec.decodeCall(bytes(body))));

        assertThat(written).isEqualTo(JSON.readTree(body));
    }

    @Test
    void anOrderAndMoneyTravelInTheirSchemaForm() throws Exception {
        CanonicalOrder order = new OrderReader().read(bytes(TestContracts.ORDER)).validOrder().orElseThrow();
        VendorCall call = new VendorCall("void", "o:void", Map.of("order", order, "amount", new BigDecimal("39.980")),
                Set.of(), false, null);

        JsonNode input = JSON.readTree(CallCodec.encodeCall(call)).get("input");

        assertThat(input.get("amount").textValue()).isEqualTo("39.980");
        assertThat(input.at("/order/payment/amount").textValue()).isEqualTo("39.98");
        assertThat(input.at("/order/placedAt").textValue()).isEqualTo("2026-11-27T10:00:00Z");
    }

    @Test
    void topLevelNullsOfAnInputAreDropped() throws Exception {
        VendorCall call = CallCodec.decodeCall(bytes("""
                {"operation":"create","idempotencyKey":"k","input":{"order":null,"node":{"name":"n"}},
                 "mayHaveBeenSent":false}"""));

        assertThat(call.input()).containsOnlyKeys("node");
        assertThat(call.expect()).isEmpty();
        assertThat(call.correlationId()).isNull();
    }

    @Test
    void everyWrongFieldIsNamed() {
        assertThatThrownBy(() -> CallCodec.decodeCall(bytes("""
                {"operation":7,"idempotencyKey":" ","input":[],"expect":["a",1],"mayHaveBeenSent":"yes",
                 "correlationId":false}""")))
                .isInstanceOfSatisfying(InvalidCallException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactly("operation", "idempotencyKey", "input", "expect[1]", "mayHaveBeenSent",
                                "correlationId"));
        assertThatThrownBy(() -> CallCodec.decodeCall(bytes("{}")))
                .isInstanceOfSatisfying(InvalidCallException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::code)
                        .containsExactly(
                                tuple("operation", FieldError.REQUIRED),
                                tuple("idempotencyKey", FieldError.REQUIRED),
                                tuple("input", FieldError.REQUIRED),
                                tuple("mayHaveBeenSent", FieldError.REQUIRED)));
    }

    @Test
    void aBodyThatIsNoObjectIsAnErrorAtBodyWithoutQuotingIt() {
        for (String body : new String[] {"", "[1]", "{\"operation\": \"a@example.com"}) {
            assertThatThrownBy(() -> CallCodec.decodeCall(bytes(body)))
                    .isInstanceOfSatisfying(InvalidCallException.class, e -> {
                        assertThat(e.errors()).extracting(FieldError::field).containsExactly(FieldError.BODY);
                        assertThat(e.getMessage()).doesNotContain("example.com");
                    });
        }
    }

    @Test
    void aSuccessSurvivesTheRoundTrip() {
        VendorOutcome succeeded = new Succeeded(Map.of("vendorReference", "F-1", "status", "Accepted",
                "lines", List.of(Map.of("sku", "A", "quantity", 2))), 201, true,
                List.of(new Attempt(AT, "create", "Timeout", null, 2000),
                        new Attempt(AT.plusSeconds(3), "lookup", null, 200, 15)));

        assertThat(CallCodec.decodeOutcome(CallCodec.encodeOutcome(succeeded))).isEqualTo(succeeded);
    }

    @Test
    void aFailureSurvivesTheRoundTripWithEveryField() throws Exception {
        Failed failed = new Failed(FailureClass.Business, "NonRetryableVendorError", "vendor refused create with 409",
                409, "{\"error\":\"OUT_OF_STOCK\"}", "{\"city\":\"****\"}", "OutOfStock",
                List.of(new Attempt(AT, "create", "ClientError", 409, 40)));

        byte[] wire = CallCodec.encodeOutcome(failed);

        assertThat(CallCodec.decodeOutcome(wire)).isEqualTo(failed);
        JsonNode tree = JSON.readTree(wire);
        assertThat(tree.get("outcome").textValue()).isEqualTo("Failed");
        assertThat(tree.get("mayHaveReachedVendor").booleanValue()).isFalse();
        assertThat(tree.at("/attempts/0/at").textValue()).isEqualTo("2026-11-27T10:00:00.123Z");
    }

    @Test
    void aFailureWithoutAnswerKeepsItsNulls() {
        Failed failed = new Failed(FailureClass.UnknownOutcome, "UnknownOutcome", "no answer", null, null, null,
                null, List.of());

        assertThat(CallCodec.decodeOutcome(CallCodec.encodeOutcome(failed))).isEqualTo(failed);
    }

    @Test
    void anUnreadableOutcomeNamesTheMember() {
        assertThatThrownBy(() -> CallCodec.decodeOutcome(bytes("{\"outcome\":\"Failed\",\"reason\":\"X\"}")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("failureClass");
        assertThatThrownBy(() -> CallCodec.decodeOutcome(bytes("{\"outcome\":\"Maybe\"}")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outcome");
        assertThatThrownBy(() -> CallCodec.decodeOutcome(bytes("<html>")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
