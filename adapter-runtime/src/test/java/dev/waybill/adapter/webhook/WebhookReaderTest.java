package dev.waybill.adapter.webhook;

import dev.waybill.adapter.auth.HmacSha256;
import dev.waybill.adapter.testing.MutableClock;
import dev.waybill.adapter.testing.TestContracts;
import dev.waybill.adapter.webhook.WebhookResult.Accepted;
import dev.waybill.adapter.webhook.WebhookResult.Malformed;
import dev.waybill.adapter.webhook.WebhookResult.Unauthenticated;
import dev.waybill.api.v1alpha1.contract.AdapterContractSpec;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookReaderTest {

    private static final String SECRET = "whsec-acme-123";
    private static final String MAPPING = """
            events:
              mapping: |
                { "eventId": eventId, "vendorReference": fulfillmentId, "shipmentId": clientReference,
                  "status": status, "lines": [items.{ "sku": sku, "quantity": qty }], "occurredAt": timestamp }
              %s
            statusMapping: { SHIPPED: Shipped, ACCEPTED: Accepted }
            """;
    private static final String SHIPPED = """
            { "eventId": "E-1", "fulfillmentId": "F-1", "clientReference": "S-1", "status": "SHIPPED",
              "items": [ { "sku": " abc-123 ", "qty": 2 } ], "timestamp": "2026-11-27T09:59:00Z" }
            """;

    private final MutableClock clock = MutableClock.at("2026-11-27T10:00:00Z");

    private static AdapterContractSpec spec(String auth, String signature) {
        return TestContracts.spec("""
                schemaVersion: "1"
                baseUrl: http://vendor.example
                auth: %s
                operations: { create: { method: POST, path: /x } }
                """.formatted(auth) + MAPPING.formatted(signature));
    }

    private WebhookReader signed() {
        return WebhookReader.create(TestContracts.definition("acme", spec("{ type: None }",
                "signature: { secretRef: { name: s, key: k }, header: X-Acme-Signature, timestampHeader: X-Acme-Timestamp }"),
                null, SECRET), clock);
    }

    private WebhookReader byAuth(String auth, String credential) {
        return WebhookReader.create(TestContracts.definition("acme", spec(auth, ""), credential, null), clock);
    }

    private static Map<String, List<String>> signature(String secret, long timestamp, String body,
                                                       String signatureHeader, String timestampHeader) {
        String hex = HmacSha256.hex(secret, HmacSha256.timestamped(timestamp, body.getBytes(StandardCharsets.UTF_8)));
        return Map.of(signatureHeader, List.of(hex), timestampHeader, List.of(Long.toString(timestamp)));
    }

    private Map<String, List<String>> acmeSigned(String body) {
        return signature(SECRET, clock.instant().getEpochSecond(), body, "X-Acme-Signature", "X-Acme-Timestamp");
    }

    private static WebhookResult read(WebhookReader reader, Map<String, List<String>> headers, String body) {
        return reader.read(headers, body.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertRefused(WebhookResult result, String reason, String... neverShown) {
        assertThat(result).isInstanceOfSatisfying(Unauthenticated.class, refused -> {
            assertThat(refused.reason()).isEqualTo(reason);
            assertThat(refused.message()).doesNotContain(SECRET);
            for (String secret : neverShown) {
                assertThat(refused.message()).doesNotContain(secret);
            }
        });
    }

    @Test
    void aWellSignedWebhookIsMapped() {
        WebhookResult result = read(signed(), acmeSigned(SHIPPED), SHIPPED);

        assertThat(result).isInstanceOfSatisfying(Accepted.class, accepted -> {
            VendorEvent event = accepted.event();
            assertThat(event.eventId()).isEqualTo("E-1");
            assertThat(event.vendorReference()).isEqualTo("F-1");
            assertThat(event.shipmentId()).isEqualTo("S-1");
            assertThat(event.status()).isEqualTo("Shipped");
            assertThat(event.vendorStatus()).isEqualTo("SHIPPED");
            assertThat(event.lines()).containsExactly(new VendorEvent.EventLine("ABC-123", 2));
            assertThat(event.occurredAt()).isEqualTo(Instant.parse("2026-11-27T09:59:00Z"));
        });
    }

    @Test
    void headerNamesAnyCaseAndAPrefixedUpperCaseSignatureAreFine() {
        long now = clock.instant().getEpochSecond();
        String hex = HmacSha256.hex(SECRET, HmacSha256.timestamped(now, SHIPPED.getBytes(StandardCharsets.UTF_8)));
        Map<String, List<String>> headers = Map.of("x-acme-signature", List.of("sha256=" + hex.toUpperCase()),
                "X-ACME-TIMESTAMP", List.of(Long.toString(now)));

        assertThat(read(signed(), headers, SHIPPED)).isInstanceOf(Accepted.class);
    }

    @Test
    void aWrongSignatureIsRefused() {
        Map<String, List<String>> headers = signature("not-the-secret", clock.instant().getEpochSecond(), SHIPPED,
                "X-Acme-Signature", "X-Acme-Timestamp");

        assertRefused(read(signed(), headers, SHIPPED), "BadSignature", SECRET, headers.get("X-Acme-Signature").get(0));
    }

    @Test
    void aSignatureOverAnotherBodyIsRefused() {
        assertRefused(read(signed(), acmeSigned(SHIPPED), SHIPPED.replace("\"qty\": 2", "\"qty\": 20")),
                "BadSignature");
    }

    @Test
    void aStaleOrFutureTimestampIsRefused() {
        long now = clock.instant().getEpochSecond();
        Map<String, List<String>> stale = signature(SECRET, now - 301, SHIPPED, "X-Acme-Signature", "X-Acme-Timestamp");
        Map<String, List<String>> future = signature(SECRET, now + 301, SHIPPED, "X-Acme-Signature", "X-Acme-Timestamp");
        Map<String, List<String>> garbage = Map.of("X-Acme-Signature", List.of("ab"), "X-Acme-Timestamp", List.of("soon"));

        assertRefused(read(signed(), stale, SHIPPED), "StaleTimestamp");
        assertRefused(read(signed(), future, SHIPPED), "StaleTimestamp");
        assertRefused(read(signed(), garbage, SHIPPED), "StaleTimestamp");
    }

    @Test
    void aReplayIsRefused() {
        WebhookReader reader = signed();
        Map<String, List<String>> headers = acmeSigned(SHIPPED);

        assertThat(read(reader, headers, SHIPPED)).isInstanceOf(Accepted.class);
        clock.advance(Duration.ofSeconds(10));
        assertRefused(read(reader, headers, SHIPPED), "Replayed");

        Map<String, List<String>> disguised = Map.of("X-Acme-Signature",
                List.of("sha256=" + headers.get("X-Acme-Signature").get(0).toUpperCase()),
                "X-Acme-Timestamp", headers.get("X-Acme-Timestamp"));
        assertRefused(read(reader, disguised, SHIPPED), "Replayed");
    }

    @Test
    void missingHeadersAreRefused() {
        Map<String, List<String>> onlyTimestamp = Map.of("X-Acme-Timestamp",
                List.of(Long.toString(clock.instant().getEpochSecond())));
        Map<String, List<String>> onlySignature = Map.of("X-Acme-Signature", List.of("abcdef"));

        assertRefused(read(signed(), Map.of(), SHIPPED), "MissingSignature");
        assertRefused(read(signed(), onlyTimestamp, SHIPPED), "MissingSignature");
        assertRefused(read(signed(), onlySignature, SHIPPED), "MissingSignature");
    }

    @Test
    void withoutASignatureTheContractsAuthIsCheckedEachWay() {
        WebhookReader bearer = byAuth("{ type: Bearer, secretRef: { name: s, key: k } }", "tok-1");
        assertThat(read(bearer, Map.of("Authorization", List.of("Bearer tok-1")), SHIPPED)).isInstanceOf(Accepted.class);
        assertRefused(read(bearer, Map.of("Authorization", List.of("Bearer tok-2")), SHIPPED), "BadCredential",
                "tok-1", "tok-2");
        assertRefused(read(bearer, Map.of(), SHIPPED), "MissingCredential");

        WebhookReader basic = byAuth("{ type: Basic, secretRef: { name: s, key: k } }", "u:p");
        String good = "Basic " + Base64.getEncoder().encodeToString("u:p".getBytes(StandardCharsets.UTF_8));
        assertThat(read(basic, Map.of("authorization", List.of(good)), SHIPPED)).isInstanceOf(Accepted.class);
        assertRefused(read(basic, Map.of("Authorization", List.of("Basic dTpx")), SHIPPED), "BadCredential");

        WebhookReader apiKey = byAuth("{ type: ApiKeyHeader, header: X-Api-Key, secretRef: { name: s, key: k } }",
                "key-1");
        assertThat(read(apiKey, Map.of("X-API-KEY", List.of("key-1")), SHIPPED)).isInstanceOf(Accepted.class);
        assertRefused(read(apiKey, Map.of("X-Api-Key", List.of("key-2")), SHIPPED), "BadCredential", "key-1", "key-2");

        WebhookReader hmac = byAuth("{ type: HmacSha256, header: X-Sig, secretRef: { name: s, key: k } }", "h-1");
        long now = clock.instant().getEpochSecond();
        assertThat(read(hmac, signature("h-1", now, SHIPPED, "X-Sig", "X-Timestamp"), SHIPPED))
                .isInstanceOf(Accepted.class);
        assertRefused(read(hmac, signature("h-2", now, SHIPPED, "X-Sig", "X-Timestamp"), SHIPPED), "BadSignature");

        assertThat(read(byAuth("{ type: None }", null), Map.of(), SHIPPED)).isInstanceOf(Accepted.class);
    }

    @Test
    void aBodyThatIsNotJsonIsMalformed() {
        String body = "{ not json";

        assertThat(read(signed(), acmeSigned(body), body)).isEqualTo(new Malformed("body", "the webhook body is not JSON"));
    }

    @Test
    void aMappedEventNeedsAnIdAndAStatus() {
        String noId = "{ \"status\": \"SHIPPED\" }";
        String noStatus = "{ \"eventId\": \"E-2\" }";

        assertThat(read(signed(), acmeSigned(noId), noId))
                .isInstanceOfSatisfying(Malformed.class, m -> assertThat(m.field()).isEqualTo("eventId"));
        clock.advance(Duration.ofSeconds(1));
        assertThat(read(signed(), acmeSigned(noStatus), noStatus))
                .isInstanceOfSatisfying(Malformed.class, m -> assertThat(m.field()).isEqualTo("status"));
    }

    @Test
    void anUnknownStatusKeepsTheVendorsWordAndANumericIdIsText() {
        String body = "{ \"eventId\": 42, \"status\": \"LOST_AT_SEA\" }";

        assertThat(read(signed(), acmeSigned(body), body)).isInstanceOfSatisfying(Accepted.class, accepted -> {
            assertThat(accepted.event().eventId()).isEqualTo("42");
            assertThat(accepted.event().status()).isNull();
            assertThat(accepted.event().vendorStatus()).isEqualTo("LOST_AT_SEA");
            assertThat(accepted.event().lines()).isEmpty();
            assertThat(accepted.event().occurredAt()).isEqualTo(clock.instant());
        });
    }

    @Test
    void aLineNeedsAPositiveWholeQuantity() {
        for (String quantity : List.of("0", "1.5", "\"2\"", "-1")) {
            String body = "{ \"eventId\": \"E-" + quantity.hashCode() + "\", \"status\": \"SHIPPED\", "
                    + "\"items\": [ { \"sku\": \"A\", \"qty\": 1 }, { \"sku\": \"B\", \"qty\": " + quantity + " } ] }";
            clock.advance(Duration.ofSeconds(1));

            assertThat(read(signed(), acmeSigned(body), body)).as(quantity).isInstanceOfSatisfying(Malformed.class,
                    m -> assertThat(m.field()).isEqualTo("lines[1].quantity"));
        }
    }

    @Test
    void aContractWithoutEventsTakesNoWebhooks() {
        AdapterContractSpec spec = TestContracts.spec("""
                schemaVersion: "1"
                baseUrl: http://vendor.example
                operations: { create: { method: POST, path: /x } }
                """);
        WebhookReader reader = WebhookReader.create(TestContracts.definition("bare", spec, null, null), clock);

        assertThat(read(reader, Map.of(), SHIPPED)).isEqualTo(new Malformed("events", "contract has no events.mapping"));
    }
}
