package dev.waybill.operator.kpi;

import dev.waybill.api.v1alpha1.policy.PolicyKpis;
import dev.waybill.operator.live.ResourceCaches;
import dev.waybill.operator.model.ModelRegistry;
import dev.waybill.operator.model.ResourceKey;
import dev.waybill.operator.routing.Explanation;
import dev.waybill.operator.routing.RouteDecision;
import dev.waybill.operator.routing.RouteResult;
import dev.waybill.operator.routing.ShadowComparison;
import dev.waybill.operator.store.AuditEvent;
import dev.waybill.operator.store.ExceptionRecord;
import dev.waybill.operator.store.OrderRecord;
import dev.waybill.operator.store.Transition;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The figures a policy shows after a known series of decisions and order changes, and as the window moves on. */
class KpiRecorderTest {

    private static final ResourceKey POLICY = new ResourceKey("shop", "us-standard");
    private static final String BODY = "{\"promisedBy\":\"2026-11-27T10:02:00Z\"}";

    private final TestClock clock = new TestClock("2026-11-27T10:00:00Z");
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final KpiFigures figures = new KpiFigures(registry, new ResourceCaches(), new ModelRegistry(), clock,
            Duration.ofSeconds(300));
    private final KpiRecorder recorder = new KpiRecorder(figures, 1000);

    @Test
    void ratesAndLatenciesOfRoutingDecisions() {
        decide("o1", "Routed", false, 1);
        decide("o2", "RoutedSplit", false, 2);
        decide("o3", "Routed", false, 3);
        decide("o4", "NoCandidate", true, 100);

        PolicyKpis k = kpis();
        assertThat(k.routed).isEqualTo(3);
        assertThat(k.splitRate).as("1 of 3 routed orders split").isEqualTo(33);
        assertThat(k.manualReviewRate).as("1 of 4 decisions to a person").isEqualTo(25);
        assertThat(k.p50RoutingMillis).isCloseTo(2.0, within(0.1));
        assertThat(k.p99RoutingMillis).isCloseTo(100.0, within(3.0));
        assertThat(k.windowSeconds).isEqualTo(300);
        assertThat(registry.get("waybill.routed").tags("namespace", "shop", "policy", "us-standard", "team", "",
                "outcome", "Routed").counter().count()).isEqualTo(2);
    }

    @Test
    void acceptancePromisesDeadLettersAndCancellations() {
        for (String order : List.of("o1", "o2", "o3", "o4")) {
            decide(order, "Routed", false, 1);
        }
        change("o1", "Routed", "Dispatched", "Dispatched", List.of());
        change("o2", "Routed", "Dispatched", "Dispatched", List.of());
        change("o3", "Routed", "Dispatched", "Dispatched", List.of());
        change("o4", "Routed", "OnHold", "DispatchFailed", List.of(exception("x4")));
        clock.advance(Duration.ofMinutes(1));
        change("o1", "Dispatched", "Shipped", "VendorEvent", List.of());
        clock.advance(Duration.ofMinutes(2));
        change("o2", "Dispatched", "Shipped", "VendorEvent", List.of());
        change("o3", "Dispatched", "Cancelling", "CancelRequested", List.of());
        clock.advance(Duration.ofMillis(1500));
        change("o3", "Cancelling", "Cancelled", "Compensated", List.of());

        PolicyKpis k = kpis();
        assertThat(k.acceptanceRate).as("3 of 4 dispatches taken").isEqualTo(75);
        assertThat(k.deadLetters).isEqualTo(1);
        assertThat(k.manualInterventionRate).as("1 of 4 orders needed a person").isEqualTo(25);
        assertThat(k.compensations).isEqualTo(1);
        assertThat(k.cancellationP50Millis).isCloseTo(1500.0, within(45.0));
        assertThat(k.promiseAccuracy).as("o1 shipped by 10:02, o2 after").isEqualTo(50);
        assertThat(k.oldestBacklogSeconds).as("o4 waits on hold since intake at 10:00").isEqualTo(181);
    }

    @Test
    void promiseAccuracyCountsOnlyOrdersThatShippedInTheWindow() {
        decide("o1", "Routed", false, 1);
        decide("o2", "Routed", false, 1);
        change("o1", "Dispatched", "Shipped", "VendorEvent", List.of());
        clock.advance(Duration.ofHours(3));
        change("o2", "Dispatched", "Shipped", "VendorEvent", List.of());

        assertThat(kpis().promiseAccuracy).as("o1 within the window is gone, o2 was late").isEqualTo(0);
    }

    @Test
    void ratesLeaveTheWindowTotalsStay() {
        decide("o1", "RoutedSplit", false, 4);
        clock.advance(Duration.ofSeconds(301));

        PolicyKpis k = kpis();
        assertThat(k.routed).isEqualTo(1);
        assertThat(k.splitRate).isNull();
        assertThat(k.manualReviewRate).isNull();
        assertThat(k.p99RoutingMillis).isNull();
    }

    @Test
    void shadowPoliciesCountComparisonsAndDisagreements() {
        ShadowComparison agrees = new ShadowComparison("us-cost-first", true, List.of(), List.of(), "Routed");
        ShadowComparison differs = new ShadowComparison("us-cost-first", false, List.of(), List.of(), "Routed");
        recorder.routed("shop", "o1", result(List.of(agrees)), "Routed", false, Duration.ofMillis(1));
        recorder.routed("shop", "o2", result(List.of(differs)), "Routed", false, Duration.ofMillis(1));

        PolicyKpis shadow = figures.policy(new ResourceKey("shop", "us-cost-first")).kpis(clock.instant(), true, 300);
        assertThat(shadow.shadowCompared).isEqualTo(2);
        assertThat(shadow.shadowDisagreements).isEqualTo(1);
        assertThat(shadow.routed).isZero();
        assertThat(kpis().shadowCompared).as("an active policy shows no shadow figures").isNull();
    }

    @Test
    void aNamespaceWithoutResourcesIsNotATagValue() {
        recorder.intake("made-up-by-a-client", null, 202);

        assertThat(registry.get("waybill.orders.received").tags("namespace", "(other)", "source", "(api)")
                .counter().count()).isEqualTo(1);
    }

    private void decide(String order, String outcome, boolean toPerson, long millis) {
        recorder.routed("shop", order, result(List.of()), outcome, toPerson, Duration.ofMillis(millis));
    }

    private static RouteResult result(List<ShadowComparison> shadows) {
        return new RouteResult(new RouteDecision.NoPolicy(),
                new Explanation(POLICY.name(), List.of(), List.of(), List.of(), "test"), shadows);
    }

    private void change(String order, String from, String to, String event, List<ExceptionRecord> exceptions) {
        Instant received = Instant.parse("2026-11-27T10:00:00Z");
        OrderRecord before = new OrderRecord(order, "shop", order, "web", from, BODY, received, received, 1);
        OrderRecord after = before.withState(to, clock.instant());
        AuditEvent audit = new AuditEvent(clock.instant(), event, "step", "acme-newark", 1, "Cancelled", "{}", order);
        recorder.changed(before, List.of(), Set.of(), new Transition(after, 1, List.of(audit), List.of(),
                Optional.empty(), List.of(), exceptions, List.of()));
    }

    private ExceptionRecord exception(String id) {
        return new ExceptionRecord(id, "o4", null, "NonRetryableVendorError", "{}", 1, ExceptionRecord.OPEN, null,
                clock.instant(), clock.instant());
    }

    private PolicyKpis kpis() {
        return figures.policy(POLICY).kpis(clock.instant(), false, 300);
    }
}
