package dev.waybill.operator.fulfillment;

import dev.waybill.adapter.connector.VendorTracing;
import dev.waybill.operator.OperatorTestEnvironment;
import dev.waybill.operator.trace.FinishedSpans;
import dev.waybill.operator.trace.WorkSpans;
import dev.waybill.testkit.SimulatorProcess;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static dev.waybill.operator.fulfillment.Trail.awaitState;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One order's trace as the operator records it: the intake request, its routing and its dispatch (with the vendor
 * call and its HTTP request) in the caller's trace, each span naming the order; the vendor's webhooks (which do not
 * echo traceparent here) in traces of their own that name the order too.
 */
@QuarkusTest
@QuarkusTestResource(OperatorTestEnvironment.class)
class OrderTraceIT {

    private static final String TRACE = "5e1f0c0ffee0decade0000000000beef";

    @Inject
    FinishedSpans spans;

    private SimulatorProcess simulator;

    @BeforeEach
    void vendors() {
        simulator = Vendors.start();
        simulator.reset();
    }

    @Test
    void routingDispatchAndTheVendorCallContinueTheIntakesTrace() {
        Vendors.onlyAt("acme-newark", "OT-A");
        String id = given().contentType("application/json").header("traceparent", "00-" + TRACE
                        + "-0123456789abcdef-01").queryParam("namespace", OperatorTestEnvironment.NAMESPACE)
                .body(Vendors.order(Vendors.uniqueId("OT"), "OT-A:1")).post("/api/v1/orders").then().statusCode(202)
                .extract().path("id");
        awaitState(id, "Shipped", Duration.ofSeconds(30));
        await().atMost(Duration.ofSeconds(10)).until(() -> spans.named("waybill.webhook").stream()
                .filter(w -> id.equals(w.getAttributes().get(VendorTracing.ORDER_ID))).count() >= 2);

        List<SpanData> trace = spans.inTrace(TRACE);
        SpanData intake = one(trace, s -> s.getKind() == SpanKind.SERVER);
        assertThat(intake.getParentSpanId()).isEqualTo("0123456789abcdef");
        assertThat(intake.getAttributes().get(VendorTracing.ORDER_ID)).isEqualTo(id);

        SpanData route = one(trace, s -> s.getName().equals("waybill.route"));
        assertThat(route.getParentSpanId()).isEqualTo(intake.getSpanId());
        assertThat(route.getAttributes().get(VendorTracing.ORDER_ID)).isEqualTo(id);
        assertThat(route.getAttributes().get(VendorTracing.OUTCOME)).isEqualTo("Routed");

        SpanData dispatch = one(trace, s -> s.getName().equals("waybill.dispatch Dispatch"));
        assertThat(dispatch.getParentSpanId()).isEqualTo(route.getSpanId());
        assertThat(dispatch.getAttributes().get(VendorTracing.ORDER_ID)).isEqualTo(id);
        assertThat(dispatch.getAttributes().get(WorkSpans.NODE)).isEqualTo("acme-newark");
        assertThat(dispatch.getAttributes().get(VendorTracing.CONTRACT)).isEqualTo("acme-3pl");
        assertThat(dispatch.getAttributes().get(WorkSpans.COMMAND)).isEqualTo("Dispatch");
        assertThat(dispatch.getAttributes().get(VendorTracing.OUTCOME)).isEqualTo("Dispatched");

        SpanData create = one(trace, s -> s.getName().equals("waybill.vendor create"));
        assertThat(create.getParentSpanId()).isEqualTo(dispatch.getSpanId());
        assertThat(create.getAttributes().get(VendorTracing.OUTCOME)).isEqualTo("Succeeded");
        assertThat(one(trace, s -> s.getName().equals("POST /v1/fulfillments")).getParentSpanId())
                .isEqualTo(create.getSpanId());

        List<SpanData> webhooks = spans.named("waybill.webhook").stream()
                .filter(w -> id.equals(w.getAttributes().get(VendorTracing.ORDER_ID))).toList();
        assertThat(webhooks).allSatisfy(w -> {
            assertThat(w.getAttributes().get(VendorTracing.CONTRACT)).isEqualTo("acme-3pl");
            assertThat(w.getAttributes().get(VendorTracing.OUTCOME)).isIn("Applied", "Duplicate");
        });
    }

    private static SpanData one(List<SpanData> spans, java.util.function.Predicate<SpanData> which) {
        List<SpanData> matching = spans.stream().filter(which).toList();
        assertThat(matching).as("in %s", spans.stream().map(SpanData::getName).toList()).hasSize(1);
        return matching.get(0);
    }
}
