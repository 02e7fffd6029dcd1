package dev.waybill.operator.intake;

import dev.waybill.api.v1alpha1.meta.Condition;
import dev.waybill.api.v1alpha1.source.OrderSource;
import dev.waybill.operator.OperatorTestEnvironment;
import dev.waybill.testkit.Repo;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** Channel intake through an OrderSource: its JSONata mapping, its HMAC or key, its rate limit. */
@QuarkusTest
@QuarkusTestResource(OperatorTestEnvironment.class)
class SourceIntakeIT {

    private static final String HMAC_SECRET = "placeholder-web-us-hmac-secret";

    @BeforeAll
    static void sources() {
        OperatorTestEnvironment.kubectl().run("apply", "-n", OperatorTestEnvironment.NAMESPACE, "-f",
                Repo.path("examples").toString()).orThrow();
        OperatorTestEnvironment.apply("""
                apiVersion: waybill.dev/v1alpha1
                kind: OrderSource
                metadata: { name: trickle }
                spec:
                  rateLimit: { requestsPerSecond: 1 }
                  defaults: { channel: trickle, currency: USD }
                """);
        try (KubernetesClient admin = OperatorTestEnvironment.admin()) {
            for (String name : new String[] {"web-us", "trickle"}) {
                await().atMost(Duration.ofSeconds(20)).until(() -> ready(admin, name));
            }
        }
    }

    @Test
    void aSignedNativePayloadIsMappedNormalisedAndTaken() {
        String body = native_("W-" + UUID.randomUUID());
        String id = post("web-us", body, "X-Signature", sign(body)).then().statusCode(202).extract().path("id");

        given().get("/api/v1/orders/" + id).then().statusCode(200)
                .body("channel", equalTo("web-us"))
                .body("lines[0].sku", equalTo("ABC-123"))
                .body("lines[1].sku", equalTo("MUG-001"));
    }

    @Test
    void aWrongOrMissingSignatureIs401() {
        String body = native_("W-" + UUID.randomUUID());
        post("web-us", body, "X-Signature", sign(body + " ")).then().statusCode(401)
                .contentType(ProblemDetails.MEDIA_TYPE);
        post("web-us", body, "X-Other", "x").then().statusCode(401);
    }

    @Test
    void aPayloadTheMappingCannotReadIs422WithTheFields() {
        String body = "{\"order_number\": 42}";
        post("web-us", body, "X-Signature", sign(body)).then().statusCode(422)
                .contentType(ProblemDetails.MEDIA_TYPE);
    }

    @Test
    void beyondTheRateLimitIs429() {
        String order = Orders.sample("SO-1002.json").replace("\"channel\": \"web-us\",", "");
        int first = post("trickle", order.replace("SO-1002", "SO-T-" + UUID.randomUUID()), null, null).statusCode();
        Response second = post("trickle", order.replace("SO-1002", "SO-T-" + UUID.randomUUID()), null, null);

        org.assertj.core.api.Assertions.assertThat(first).isEqualTo(202);
        second.then().statusCode(429).contentType(ProblemDetails.MEDIA_TYPE).header("Retry-After", "1");
    }

    @Test
    void anUnknownSourceIs404() {
        post("nowhere", "{}", null, null).then().statusCode(404).contentType(ProblemDetails.MEDIA_TYPE);
    }

    private static Response post(String source, String body, String header, String value) {
        var request = given().contentType("application/json").body(body.getBytes(StandardCharsets.UTF_8));
        if (header != null) {
            request = request.header(header, value);
        }
        return request.post("/api/v1/sources/" + source + "/orders");
    }

    private static String native_(String orderNumber) {
        return Orders.sample("web-us-native-W-2001.json").replace("W-2001", orderNumber);
    }

    private static String sign(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(HMAC_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean ready(KubernetesClient admin, String name) {
        OrderSource source = admin.resources(OrderSource.class).inNamespace(OperatorTestEnvironment.NAMESPACE)
                .withName(name).get();
        return source != null && source.getStatus() != null && source.getStatus().condition("Ready")
                .map(c -> c.status == Condition.Status.True).orElse(false);
    }
}
