package dev.waybill.operator.orchestration;

import dev.waybill.api.v1alpha1.policy.BackorderAction;
import dev.waybill.api.v1alpha1.policy.NoCandidateAction;
import dev.waybill.operator.model.ResourceKey;
import dev.waybill.operator.routing.RouteDecision;
import dev.waybill.operator.routing.Shipment;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class RoutingOutcomeTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    private static final Shipment A = new Shipment(new ResourceKey("ns", "a"), List.of("1"));
    private static final Shipment B = new Shipment(new ResourceKey("ns", "b"), List.of("2"));

    record Row(String name, RouteDecision decision, String state, Optional<Instant> rerouteAt, String reason) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Row> rows() {
        return Stream.of(
                new Row("routed to one node", new RouteDecision.Routed("p", List.of(A)), "Routed", Optional.empty(),
                        "Routed"),
                new Row("split", new RouteDecision.Routed("p", List.of(A, B)), "Routed", Optional.empty(),
                        "RoutedSplit"),
                new Row("backorder held for two hours: recheck in five minutes",
                        backorder(BackorderAction.Hold, NOW.plus(Duration.ofHours(2))), "Backordered",
                        Optional.of(NOW.plus(Duration.ofMinutes(5))), "Backorder"),
                new Row("backorder held three more minutes: recheck at the end of the hold",
                        backorder(BackorderAction.Hold, NOW.plus(Duration.ofMinutes(3))), "Backordered",
                        Optional.of(NOW.plus(Duration.ofMinutes(3))), "Backorder"),
                new Row("backorder whose hold expired goes to a person", backorder(BackorderAction.Hold, NOW),
                        "OnHold", Optional.empty(), "Backorder"),
                new Row("backorder rejected", backorder(BackorderAction.Reject, NOW), "Rejected", Optional.empty(),
                        "Backorder"),
                new Row("backorder for manual review", backorder(BackorderAction.ManualReview, NOW), "OnHold",
                        Optional.empty(), "Backorder"),
                new Row("no candidate, manual review", new RouteDecision.NoCandidate("p", NoCandidateAction.ManualReview),
                        "OnHold", Optional.empty(), "NoCandidate"),
                new Row("no candidate, reject", new RouteDecision.NoCandidate("p", NoCandidateAction.Reject),
                        "Rejected", Optional.empty(), "NoCandidate"),
                new Row("no policy", new RouteDecision.NoPolicy(), "OnHold", Optional.empty(), "NoPolicy"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void decisionDecidesTheNextState(Row row) {
        RoutingOutcome outcome = RoutingOutcome.of(row.decision(), NOW);

        assertThat(outcome.state()).isEqualTo(row.state());
        assertThat(outcome.rerouteAt()).isEqualTo(row.rerouteAt());
        assertThat(outcome.reason()).isEqualTo(row.reason());
    }

    private static RouteDecision backorder(BackorderAction action, Instant holdUntil) {
        return new RouteDecision.Backordered("p", action, holdUntil, List.of("1"));
    }
}
