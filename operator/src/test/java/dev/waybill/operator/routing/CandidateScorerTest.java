package dev.waybill.operator.routing;

import dev.waybill.adapter.model.CanonicalOrder;
import dev.waybill.operator.model.CompiledNode;
import dev.waybill.operator.model.CompiledPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static dev.waybill.operator.routing.RoutingFixtures.NOW;
import static dev.waybill.operator.routing.RoutingFixtures.context;
import static dev.waybill.operator.routing.RoutingFixtures.node;
import static dev.waybill.operator.routing.RoutingFixtures.order;
import static dev.waybill.operator.routing.RoutingFixtures.policy;
import static dev.waybill.operator.routing.RoutingFixtures.profile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CandidateScorerTest {

    /** St. Louis: ~140 km from Springfield IL, dear. */
    private static final CompiledNode NEAR_DEAR = node("stl").at(38.63, -90.20).cost("9.00").build();
    /** Los Angeles: ~2,600 km away, cheap. */
    private static final CompiledNode FAR_CHEAP = node("lax").at(34.05, -118.24).cost("3.00").build();
    /** Denver: in between on both. */
    private static final CompiledNode MIDDLE = node("den").at(39.74, -104.99).cost("6.00").build();

    private static ScoredNode[] rank(CompiledPolicy policy, CanonicalOrder order, NodeLoad load,
                                     List<CompiledNode> nodes) {
        ScoredNode[] scored = new ScoredNode[nodes.size()];
        for (int i = 0; i < nodes.size(); i++) {
            scored[i] = new ScoredNode(profile(nodes.get(i)), i);
        }
        CandidateScorer.rank(scored, scored.length, context(policy, order, NOW, load));
        return scored;
    }

    private static List<String> names(ScoredNode[] ranked) {
        return Arrays.stream(ranked).map(s -> s.node.name).toList();
    }

    @ParameterizedTest(name = "distance {0}, cost {1}: {2}")
    @CsvSource({
            "1, 0, stl den lax",
            "0, 1, lax den stl",
            "3, 1, stl den lax",
            "1, 3, lax den stl"})
    void distanceAgainstCostFollowsTheWeights(double distance, double cost, String expected) {
        CompiledPolicy policy = policy("p").weights(distance, cost, 0, 0).build();

        ScoredNode[] ranked = rank(policy, order("SO-1").build(), NodeLoad.IDLE, List.of(FAR_CHEAP, NEAR_DEAR, MIDDLE));

        assertThat(names(ranked)).containsExactly(expected.split(" "));
    }

    @Test
    void factorsAreMinMaxNormalisedAndTheTotalIsTheWeightedMean() {
        CompiledPolicy policy = policy("p").weights(3, 1, 0, 0).build();

        ScoredNode[] ranked = rank(policy, order("SO-1").build(), NodeLoad.IDLE, List.of(FAR_CHEAP, NEAR_DEAR));

        ScoredNode stl = ranked[0];
        ScoredNode lax = ranked[1];
        assertThat(stl.distance).isEqualTo(1.0);
        assertThat(stl.cost).isEqualTo(0.0);
        assertThat(stl.total).isCloseTo(0.75, within(1e-9));
        assertThat(lax.distance).isEqualTo(0.0);
        assertThat(lax.cost).isEqualTo(1.0);
        assertThat(lax.total).isCloseTo(0.25, within(1e-9));
        assertThat(stl.distanceKm).isBetween(120.0, 160.0);
        assertThat(lax.distanceKm).isBetween(2500.0, 2700.0);
    }

    @Test
    void withoutShipToCoordinatesDistanceCountsEquallyAndCostDecides() {
        CompiledPolicy policy = policy("p").weights(10, 1, 0, 0).build();

        ScoredNode[] ranked = rank(policy, order("SO-1").shipTo(null, null).build(), NodeLoad.IDLE,
                List.of(NEAR_DEAR, FAR_CHEAP));

        assertThat(names(ranked)).containsExactly("lax", "stl");
        assertThat(ranked).allSatisfy(s -> assertThat(s.distance).isEqualTo(1.0));
        assertThat(ranked[0].distanceKm).isNaN();
    }

    @Test
    void aNodeWithoutCoordinatesOrCostScoresWorstOnThatFactor() {
        CompiledNode unknown = node("unknown").build();
        CompiledPolicy policy = policy("p").weights(1, 1, 0, 0).build();

        ScoredNode[] ranked = rank(policy, order("SO-1").build(), NodeLoad.IDLE, List.of(unknown, FAR_CHEAP));

        assertThat(names(ranked)).containsExactly("lax", "unknown");
        assertThat(ranked[1].distance).isZero();
        assertThat(ranked[1].cost).isZero();
    }

    @Test
    void theIdlerNodeWinsOnLoad() {
        CompiledNode busy = node("busy").capacity(100, 10).build();
        CompiledNode idle = node("idle").capacity(100, 10).build();
        RoutingFixtures.LoadTable load = new RoutingFixtures.LoadTable().set("busy", 5, 0).set("idle", 1, 0);

        ScoredNode[] ranked = rank(policy("p").weights(0, 0, 1, 0).build(), order("SO-1").build(), load,
                List.of(busy, idle));

        assertThat(names(ranked)).containsExactly("idle", "busy");
        assertThat(CandidateScorer.loadRatio(profile(busy), load)).isEqualTo(0.5);
        assertThat(CandidateScorer.loadRatio(profile(node("hourly").capacity(10, 100).build()),
                new RoutingFixtures.LoadTable().set("hourly", 10, 8))).as("the fuller ratio counts").isEqualTo(0.8);
    }

    @Test
    void moreSlackBeforeThePromiseScoresHigher() {
        CompiledNode early = node("early").cutoff("14:00", "America/Chicago").build();
        CompiledNode late = node("late").cutoff("14:00", "Europe/Berlin").build();   // past its cut-off: a day later
        CanonicalOrder order = order("SO-1").promisedBy("2026-12-03T18:00:00Z").build();

        ScoredNode[] ranked = rank(policy("p").weights(0, 0, 0, 1).build(), order, NodeLoad.IDLE, List.of(late, early));

        assertThat(names(ranked)).containsExactly("early", "late");
        assertThat(ranked[0].promise).isEqualTo(1.0);
        assertThat(ranked[1].promise).isEqualTo(0.0);
    }

    @Test
    void equalTotalsAreBrokenByNodeName() {
        ScoredNode b = new ScoredNode(profile(node("wh-b").at(40, -90).cost("5").build()), 1);
        ScoredNode a = new ScoredNode(profile(node("wh-a").at(40, -90).cost("5").build()), 0);
        ScoredNode[] candidates = {b, a};

        CandidateScorer.rank(candidates, 2, context(policy("p").build(), order("SO-1").build(), NOW, NodeLoad.IDLE));

        assertThat(candidates[0].total).isEqualTo(candidates[1].total);
        assertThat(names(candidates)).containsExactly("wh-a", "wh-b");
    }

    @Test
    void normaliseMapsBestToOneWorstToZeroUnknownToZeroAndAllEqualToOne() {
        double[] lower = {10, 20, 30, Double.NaN};
        double[] higher = {10, 20, 30};
        double[] equal = {7, 7};

        CandidateScorer.normalise(lower, 4, true);
        CandidateScorer.normalise(higher, 3, false);
        CandidateScorer.normalise(equal, 2, true);

        assertThat(lower).containsExactly(1.0, 0.5, 0.0, 0.0);
        assertThat(higher).containsExactly(0.0, 0.5, 1.0);
        assertThat(equal).containsExactly(1.0, 1.0);
    }

    @Test
    void haversineMatchesAKnownDistance() {
        // London Heathrow to New York JFK: about 5,540 km
        assertThat(GreatCircle.kmDegrees(51.4700, -0.4543, 40.6413, -73.7781)).isCloseTo(5540, within(15.0));
        assertThat(GreatCircle.kmDegrees(10, 10, 10, 10)).isZero();
    }
}
