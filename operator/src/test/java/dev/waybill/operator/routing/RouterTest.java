package dev.waybill.operator.routing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.waybill.adapter.model.CanonicalOrder;
import dev.waybill.api.v1alpha1.meta.Capability;
import dev.waybill.api.v1alpha1.meta.ShippingMethod;
import dev.waybill.api.v1alpha1.policy.BackorderAction;
import dev.waybill.api.v1alpha1.policy.NoCandidateAction;
import dev.waybill.api.v1alpha1.policy.PolicyMode;
import dev.waybill.operator.model.CompiledModel;
import dev.waybill.operator.model.CompiledNode;
import dev.waybill.operator.model.CompiledPolicy;
import dev.waybill.operator.model.ResourceKey;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static dev.waybill.operator.routing.RoutingFixtures.NOW;
import static dev.waybill.operator.routing.RoutingFixtures.decide;
import static dev.waybill.operator.routing.RoutingFixtures.model;
import static dev.waybill.operator.routing.RoutingFixtures.node;
import static dev.waybill.operator.routing.RoutingFixtures.order;
import static dev.waybill.operator.routing.RoutingFixtures.policy;
import static dev.waybill.operator.routing.RoutingFixtures.shipment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class RouterTest {

    private static final CompiledNode STL = node("stl").at(38.63, -90.20).cost("9.00").build();
    private static final CompiledNode CHI = node("chi").at(41.88, -87.63).cost("5.00").build();
    private static final CompiledNode LAX = node("lax").at(34.05, -118.24).cost("3.00").build();
    private static final CanonicalOrder THREE_LINES = order("SO-3").line("1", "A", 1).line("2", "B", 1)
            .line("3", "C", 1).build();

    private static RouteDecision.Routed routed(RouteResult result) {
        assertThat(result.decision()).isInstanceOf(RouteDecision.Routed.class);
        return (RouteDecision.Routed) result.decision();
    }

    private static RouteDecision.Backordered backordered(RouteResult result) {
        assertThat(result.decision()).isInstanceOf(RouteDecision.Backordered.class);
        return (RouteDecision.Backordered) result.decision();
    }

    @Test
    void distanceHeavyWeightsPickTheNearNodeAndCostHeavyTheCheapOne() {
        CanonicalOrder order = order("SO-1").build();
        CompiledModel nearFirst = model(List.of(STL, LAX), List.of(policy("p").weights(3, 1, 0, 0).build()));
        CompiledModel cheapFirst = model(List.of(STL, LAX), List.of(policy("p").weights(1, 3, 0, 0).build()));

        assertThat(routed(decide(nearFirst, order, StockLevels.UNKNOWN)).shipments())
                .containsExactly(shipment("stl", "1"));
        assertThat(routed(decide(cheapFirst, order, StockLevels.UNKNOWN)).shipments())
                .containsExactly(shipment("lax", "1"));
    }

    @Test
    void balancedWeightsLandOnTheCompromise() {
        // distance: stl 1, chi ~0.94, lax 0; cost: stl 0, chi ~0.67, lax 1
        RouteResult result = decide(model(List.of(STL, CHI, LAX), List.of(policy("p").weights(1, 1, 0, 0).build())),
                order("SO-1").build(), StockLevels.UNKNOWN);

        assertThat(routed(result).shipments()).containsExactly(shipment("chi", "1"));
        assertThat(result.explanation().candidates()).extracting(CandidateScore::node, CandidateScore::rank)
                .as("stl and lax both score exactly 0.5: name order")
                .containsExactly(tuple("chi", 1), tuple("lax", 2), tuple("stl", 3));
        assertThat(result.explanation().candidates().get(1).total())
                .isEqualTo(result.explanation().candidates().get(2).total());
        assertThat(result.explanation().summary()).startsWith("SO-1 routed by policy p to chi (score 0.");
    }

    @Test
    void aCapabilityGapExcludesTheNearerNode() {
        CompiledNode store = node("store").at(39.80, -89.64).capabilities(Capability.ShipFromStore).build();
        CompiledNode dc = node("dc").at(41.88, -87.63)
                .capabilities(Capability.ShipFromStore, Capability.InventoryReservation).build();
        CompiledModel model = model(List.of(store, dc),
                List.of(policy("reserving").require(Capability.InventoryReservation).build()));

        RouteResult result = decide(model, order("SO-1").build(), StockLevels.UNKNOWN);

        assertThat(routed(result).shipments()).containsExactly(shipment("dc", "1"));
        assertThat(result.explanation().excluded())
                .containsExactly(new Exclusion("store", ExclusionReason.MissingCapability));
    }

    @Test
    void sameDayGoesToTheNodeStillBeforeItsCutoffWhereverItIs() {
        CompiledNode berlin = node("berlin").at(39.78, -89.65)
                .methods(ShippingMethod.SAME_DAY).cutoff("14:00", "Europe/Berlin").build();       // 16:00 there
        CompiledNode chicago = node("chicago").at(41.88, -87.63)
                .methods(ShippingMethod.SAME_DAY).cutoff("14:00", "America/Chicago").build();     // 09:00 there
        CompiledNode standardOnly = node("plain").at(39.78, -89.65).build();

        RouteResult result = decide(model(List.of(berlin, chicago, standardOnly), List.of(policy("p").build())),
                order("SO-1").method(ShippingMethod.SAME_DAY).build(), StockLevels.UNKNOWN);

        assertThat(routed(result).shipments()).containsExactly(shipment("chicago", "1"));
        assertThat(result.explanation().excluded()).containsExactly(
                new Exclusion("berlin", ExclusionReason.PastCutoff),
                new Exclusion("plain", ExclusionReason.ShippingMethodUnsupported));
    }

    @Test
    void fullBacklogAndFullHourExcludeTheirNodes() {
        CompiledNode backlogged = node("a-backlogged").at(39.78, -89.65).capacity(null, 20).build();
        CompiledNode hourly = node("b-hourly").at(39.78, -89.65).capacity(50, null).build();
        CompiledNode spare = node("c-spare").at(25.76, -80.19).capacity(50, 20).build();
        RoutingFixtures.LoadTable load = new RoutingFixtures.LoadTable()
                .set("a-backlogged", 20, 0).set("b-hourly", 0, 50).set("c-spare", 19, 49);

        RouteResult result = decide(model(List.of(backlogged, hourly, spare), List.of(policy("p").build())),
                order("SO-1").build(), StockLevels.UNKNOWN, load);

        assertThat(routed(result).shipments()).containsExactly(shipment("c-spare", "1"));
        assertThat(result.explanation().excluded()).containsExactly(
                new Exclusion("a-backlogged", ExclusionReason.BacklogFull),
                new Exclusion("b-hourly", ExclusionReason.HourlyCapacityFull));
    }

    @Test
    void pausedAndUnavailableNodesLeaveNoCandidateAndThePolicyRejects() {
        CompiledModel model = model(List.of(node("p").paused().build(), node("q").adapterDown().build()),
                List.of(policy("strict").onNoCandidate(NoCandidateAction.Reject).build()));

        RouteResult result = decide(model, order("SO-1").build(), StockLevels.UNKNOWN);

        assertThat(result.decision()).isEqualTo(new RouteDecision.NoCandidate("strict", NoCandidateAction.Reject));
        assertThat(result.explanation().excluded()).containsExactly(
                new Exclusion("p", ExclusionReason.Paused), new Exclusion("q", ExclusionReason.AdapterUnavailable));
        assertThat(result.explanation().summary()).contains("all 2 nodes excluded").contains("Paused 1")
                .contains("AdapterUnavailable 1").endsWith("action Reject");
    }

    @Test
    void noCandidateDefaultsToManualReview() {
        RouteResult result = decide(model(List.of(node("p").paused().build()), List.of(policy("p").build())),
                order("SO-1").build(), StockLevels.UNKNOWN);

        assertThat(result.decision()).isEqualTo(new RouteDecision.NoCandidate("p", NoCandidateAction.ManualReview));
    }

    @Test
    void theBestRankedNodeWithoutEveryLineIsPassedOverForTheNextThatHasThem() {
        RoutingFixtures.StockTable stock = new RoutingFixtures.StockTable().set("stl", "A", 0).set("chi", "A", 10);

        RouteResult result = decide(model(List.of(STL, CHI, LAX), List.of(policy("p").weights(1, 0, 0, 0).build())),
                order("SO-1").line("1", "A", 2).build(), stock);

        assertThat(routed(result).shipments()).containsExactly(shipment("chi", "1"));
        assertThat(result.explanation().candidates()).extracting(CandidateScore::node, CandidateScore::linesInStock)
                .containsExactly(tuple("stl", 0), tuple("chi", 1), tuple("lax", -1));
        assertThat(result.explanation().excluded()).containsExactly(new Exclusion("stl", ExclusionReason.OutOfStock));
    }

    @Test
    void partialStockSplitsIntoTwoShipments() {
        RoutingFixtures.StockTable stock = new RoutingFixtures.StockTable()
                .set("stl", "A", 5).set("stl", "B", 5).set("stl", "C", 0)
                .set("chi", "A", 0).set("chi", "B", 0).set("chi", "C", 5)
                .set("lax", "A", 0).set("lax", "B", 0).set("lax", "C", 0);

        RouteResult result = decide(model(List.of(STL, CHI, LAX), List.of(policy("p").split(3).build())),
                THREE_LINES, stock);

        RouteDecision.Routed routed = routed(result);
        assertThat(routed.split()).isTrue();
        assertThat(routed.shipments()).containsExactly(shipment("stl", "1", "2"), shipment("chi", "3"));
        assertThat(result.explanation().excluded()).containsExactly(new Exclusion("lax", ExclusionReason.OutOfStock));
        assertThat(result.explanation().summary()).contains("split by policy p into 2 shipments");
    }

    @Test
    void withoutSplittingPartialStockIsABackorderHeldUntilNowPlusMaxHold() {
        RoutingFixtures.StockTable stock = new RoutingFixtures.StockTable()
                .set("stl", "C", 0).set("chi", "A", 0).set("lax", "A", 0).set("lax", "B", 0);

        RouteResult result = decide(model(List.of(STL, CHI, LAX),
                        List.of(policy("p").backorder(BackorderAction.Hold, 120).build())), THREE_LINES, stock);

        RouteDecision.Backordered b = backordered(result);
        assertThat(b.action()).isEqualTo(BackorderAction.Hold);
        assertThat(b.holdUntil()).isEqualTo(NOW.plus(Duration.ofMinutes(120)));
        assertThat(b.unstockedLines()).as("each line is somewhere, just not all in one place").isEmpty();
        assertThat(result.explanation().summary()).contains("does not split");
    }

    @Test
    void aSplitNeedingMoreThanMaxShipmentsIsABackorder() {
        RoutingFixtures.StockTable stock = new RoutingFixtures.StockTable()
                .set("stl", "B", 0).set("stl", "C", 0)
                .set("chi", "A", 0).set("chi", "C", 0)
                .set("lax", "A", 0).set("lax", "B", 0);

        RouteResult result = decide(model(List.of(STL, CHI, LAX), List.of(policy("p").split(2).build())),
                THREE_LINES, stock);

        RouteDecision.Backordered b = backordered(result);
        assertThat(b.action()).isEqualTo(BackorderAction.ManualReview);
        assertThat(b.holdUntil()).isNull();
        assertThat(result.explanation().summary()).contains("more than split.maxShipments 2");
    }

    @Test
    void noStockAnywhereFollowsTheBackorderAction() {
        RoutingFixtures.StockTable stock = new RoutingFixtures.StockTable().set("stl", "A", 0).set("chi", "A", 1);
        CanonicalOrder order = order("SO-1").line("1", "A", 2).line("2", "A", 1).build();

        RouteResult rejected = decide(model(List.of(STL, CHI),
                List.of(policy("p").split(5).backorder(BackorderAction.Reject, null).build())), order, stock);
        RouteResult reviewed = decide(model(List.of(STL, CHI), List.of(policy("p").build())),
                order("SO-1").line("1", "A", 2).build(), stock);

        assertThat(backordered(rejected).action()).isEqualTo(BackorderAction.Reject);
        assertThat(backordered(rejected).unstockedLines()).as("line 2 fits chi's single unit").containsExactly("1");
        assertThat(backordered(reviewed)).isEqualTo(new RouteDecision.Backordered("p", BackorderAction.ManualReview,
                null, List.of("1")));
        assertThat(reviewed.explanation().excluded()).extracting(Exclusion::reason)
                .containsOnly(ExclusionReason.OutOfStock);
    }

    @Test
    void noMatchingPolicyIsNoPolicy() {
        RouteResult result = decide(model(List.of(STL),
                        List.of(policy("de").match("order.shipTo.country == 'DE'").build())),
                order("SO-1").build(), StockLevels.UNKNOWN);

        assertThat(result.decision()).isEqualTo(new RouteDecision.NoPolicy());
        assertThat(result.explanation().policy()).isNull();
        assertThat(result.explanation().policies()).extracting(PolicyVerdict::outcome)
                .containsExactly(PolicyOutcome.MatchFalse);
        assertThat(result.explanation().summary()).contains("no Active policy in namespace shop").contains("MatchFalse 1");
    }

    @Test
    void onlyTheOrdersNamespaceCounts() {
        CompiledNode elsewhere = node("near").at(39.78, -89.65).namespace("other").build();
        CompiledPolicy foreign = policy("foreign").priority(1000).namespace("other").build();

        RouteResult result = decide(model(List.of(elsewhere, LAX), List.of(foreign, policy("local").build())),
                order("SO-1").build(), StockLevels.UNKNOWN);

        assertThat(routed(result).policy()).isEqualTo("local");
        assertThat(routed(result).shipments()).containsExactly(shipment("lax", "1"));
        assertThat(result.explanation().excluded()).isEmpty();
        assertThat(result.explanation().candidates()).extracting(CandidateScore::node).containsExactly("lax");
    }

    @Test
    void identicalNodesAreBrokenByNameWhateverTheModelOrder() {
        CompiledNode b = node("wh-b").at(40, -90).cost("5").build();
        CompiledNode a = node("wh-a").at(40, -90).cost("5").build();
        Router router = new Router();
        CanonicalOrder order = order("SO-1").build();

        RouteResult one = router.decide(RouteRequest.of(model(List.of(b, a), List.of(policy("p").build())),
                RoutingFixtures.NS, order, NOW, NodeLoad.IDLE, StockLevels.UNKNOWN));
        RouteResult two = router.decide(RouteRequest.of(model(List.of(a, b), List.of(policy("p").build())),
                RoutingFixtures.NS, order, NOW, NodeLoad.IDLE, StockLevels.UNKNOWN));

        assertThat(routed(one).shipments()).containsExactly(shipment("wh-a", "1"));
        assertThat(two).isEqualTo(one);
    }

    @Test
    void aShadowPolicyThatWouldDoTheSameAgrees() {
        CompiledModel model = model(List.of(STL, CHI, LAX), List.of(
                policy("active").weights(1, 0, 0, 0).build(),
                policy("candidate").mode(PolicyMode.Shadow).weights(1, 0, 1, 0).build()));

        RouteResult result = decide(model, order("SO-1").build(), StockLevels.UNKNOWN);

        assertThat(routed(result).shipments()).containsExactly(shipment("stl", "1"));
        assertThat(result.shadows()).containsExactly(new ShadowComparison("candidate", true,
                List.of(shipment("stl", "1")), List.of(shipment("stl", "1")), "Routed"));
    }

    @Test
    void aShadowPolicyThatWouldChooseOtherwiseDisagreesAndDispatchesNothing() {
        CompiledModel model = model(List.of(STL, CHI, LAX), List.of(
                policy("active").weights(1, 0, 0, 0).build(),
                policy("cheap").mode(PolicyMode.Shadow).weights(0, 1, 0, 0).build(),
                policy("nothing").mode(PolicyMode.Shadow).selector("tier", "none").build()));

        RouteResult result = decide(model, order("SO-1").build(), StockLevels.UNKNOWN);

        assertThat(result.decision().shipments()).as("only the Active decision dispatches")
                .containsExactly(shipment("stl", "1"));
        assertThat(result.shadows()).extracting(ShadowComparison::policy, ShadowComparison::agrees,
                        ShadowComparison::shadowNodes, ShadowComparison::shadowOutcome)
                .containsExactly(
                        tuple("cheap", false, List.of(shipment("lax", "1")), "Routed"),
                        tuple("nothing", false, List.of(), "NoCandidate"));
        assertThat(result.explanation().policies()).extracting(PolicyVerdict::policy, PolicyVerdict::outcome)
                .containsExactly(tuple("active", PolicyOutcome.Chosen), tuple("cheap", PolicyOutcome.Shadowed),
                        tuple("nothing", PolicyOutcome.Shadowed));
    }

    @Test
    void aSplitInADifferentOrderStillAgrees() {
        RouteDecision a = new RouteDecision.Routed("x", List.of(shipment("stl", "1"), shipment("chi", "2")));
        RouteDecision b = new RouteDecision.Routed("y", List.of(shipment("chi", "2"), shipment("stl", "1")));
        RouteDecision c = new RouteDecision.Routed("y", List.of(shipment("chi", "1"), shipment("stl", "2")));

        assertThat(Router.compare("y", a, b).agrees()).isTrue();
        assertThat(Router.compare("y", a, c).agrees()).isFalse();
        assertThat(Router.compare("y", new RouteDecision.NoPolicy(),
                new RouteDecision.NoCandidate("y", NoCandidateAction.Reject)).agrees()).isFalse();
    }

    @Test
    void theResultIsPlainJson() throws Exception {
        ObjectMapper json = new ObjectMapper().findAndRegisterModules()
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        RouteResult routedResult = decide(model(List.of(STL, node("gone").paused().build()),
                List.of(policy("p").build(), policy("s").mode(PolicyMode.Shadow).build())), order("SO-1").build(),
                StockLevels.UNKNOWN);
        RouteResult held = decide(model(List.of(STL), List.of(policy("p").backorder(BackorderAction.Hold, 30)
                .build())), order("SO-1").build(), new RoutingFixtures.StockTable().set("stl", "ABC-123", 0));

        JsonNode tree = json.readTree(json.writeValueAsString(routedResult));
        JsonNode heldTree = json.readTree(json.writeValueAsString(held));

        assertThat(tree.at("/decision/outcome").asText()).isEqualTo("Routed");
        assertThat(tree.at("/decision/shipments/0/node/name").asText()).isEqualTo("stl");
        assertThat(tree.at("/decision/shipments/0/lineIds/0").asText()).isEqualTo("1");
        assertThat(tree.at("/explanation/excluded/0/reason").asText()).isEqualTo("Paused");
        assertThat(tree.at("/explanation/candidates/0/total").isNumber()).isTrue();
        assertThat(tree.at("/shadows/0/agrees").asBoolean()).isTrue();
        assertThat(heldTree.at("/decision/outcome").asText()).isEqualTo("Backordered");
        assertThat(heldTree.at("/decision/holdUntil").asText()).isEqualTo("2026-11-27T15:30:00Z");
        assertThat(json.readValue(json.writeValueAsString(held.decision()), RouteDecision.class))
                .isEqualTo(held.decision());
        assertThat(json.writeValueAsString(new RouteDecision.NoPolicy())).isEqualTo("{\"outcome\":\"NoPolicy\"}");
        assertThat(json.readValue(json.writeValueAsString(routedResult), RouteResult.class)).isEqualTo(routedResult);
    }

    @Test
    void aThousandNodesAndTwentyLinesFindTheOneNodeWithEverything() {
        List<CompiledNode> nodes = new ArrayList<>();
        RoutingFixtures.StockTable stock = new RoutingFixtures.StockTable();
        RoutingFixtures.OrderBuilder builder = order("SO-BIG");
        for (int line = 1; line <= 20; line++) {
            builder.line(Integer.toString(line), "SKU-" + line, 1);
        }
        for (int i = 0; i < 1000; i++) {
            String name = String.format("n-%04d", i);
            nodes.add(node(name).at(30 + (i % 20), -120 + (i / 20)).cost(Integer.toString(3 + i % 7))
                    .label("tier", i % 10 == 0 ? "dc" : "store").build());
            for (int line = 1; line <= 20; line++) {
                stock.set(name, "SKU-" + line, i == 730 || line != 7 ? 5 : 0);
            }
        }

        RouteResult result = decide(model(nodes, List.of(policy("p").selector("tier", "dc").build())),
                builder.build(), stock);

        assertThat(routed(result).shipments()).hasSize(1);
        assertThat(routed(result).shipments().get(0).node()).isEqualTo(new ResourceKey(RoutingFixtures.NS, "n-0730"));
        assertThat(routed(result).shipments().get(0).lineIds()).hasSize(20);
        assertThat(result.explanation().candidates()).hasSize(100);
        assertThat(result.explanation().excluded()).filteredOn(e -> e.reason() == ExclusionReason.SelectorMismatch)
                .hasSize(900);
    }
}
