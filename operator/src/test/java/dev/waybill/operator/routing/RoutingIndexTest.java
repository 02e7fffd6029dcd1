package dev.waybill.operator.routing;

import dev.waybill.api.v1alpha1.meta.ShippingMethod;
import dev.waybill.api.v1alpha1.policy.PolicyMode;
import dev.waybill.operator.model.CompiledModel;
import dev.waybill.operator.model.CompiledNode;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import static dev.waybill.operator.routing.RoutingFixtures.NOW;
import static dev.waybill.operator.routing.RoutingFixtures.NS;
import static dev.waybill.operator.routing.RoutingFixtures.model;
import static dev.waybill.operator.routing.RoutingFixtures.node;
import static dev.waybill.operator.routing.RoutingFixtures.order;
import static dev.waybill.operator.routing.RoutingFixtures.policy;
import static dev.waybill.operator.routing.RoutingFixtures.profile;
import static org.assertj.core.api.Assertions.assertThat;

class RoutingIndexTest {

    private static final CompiledModel MODEL = model(
            List.of(node("c").label("tier", "store").cutoff("14:00", "Europe/Berlin").build(),
                    node("a").label("tier", "dc").cutoff("14:00", "America/Chicago").build(),
                    node("b").label("tier", "store").cutoff("09:00", "America/Chicago").build(),
                    node("x").namespace("other").build()),
            List.of(policy("low").priority(1).build(), policy("high").priority(50).selector("tier", "store").build(),
                    policy("also-high").priority(50).mode(PolicyMode.Shadow).build(),
                    policy("elsewhere").namespace("other").build()));

    @Test
    void nodesByNameAndPoliciesByPriorityThenNamePerNamespace() {
        RoutingIndex.Namespace shop = RoutingIndex.of(MODEL).namespace(NS);

        assertThat(Arrays.stream(shop.nodes()).map(n -> n.name)).containsExactly("a", "b", "c");
        assertThat(Arrays.stream(shop.nodes()).map(n -> n.position)).containsExactly(0, 1, 2);
        assertThat(Arrays.stream(shop.policies()).map(p -> p.name)).containsExactly("also-high", "high", "low");
        assertThat(RoutingIndex.of(MODEL).namespace("none").nodes()).isEmpty();
    }

    @Test
    void theSelectorComputedOnceAgreesWithEvaluatingItEachTime() {
        RoutingIndex.Namespace shop = RoutingIndex.of(MODEL).namespace(NS);
        PolicyRules indexed = Arrays.stream(shop.policies()).filter(p -> p.name.equals("high")).findFirst()
                .orElseThrow();
        PolicyRules loose = new PolicyRules(indexed.policy);

        for (NodeProfile node : shop.nodes()) {
            assertThat(indexed.selects(node)).as(node.name).isEqualTo(loose.selects(node));
        }
        assertThat(Arrays.stream(shop.nodes()).filter(indexed::selects).map(n -> n.name)).containsExactly("b", "c");
        assertThat(indexed.selects(profile(node("b").label("tier", "dc").build())))
                .as("a node from outside the index is evaluated, not looked up").isFalse();
    }

    @Test
    void theSharedZoneClockAgreesWithPerNodeComputation() {
        RoutingIndex index = RoutingIndex.of(MODEL);
        Instant promisedBy = Instant.parse("2026-12-01T03:00:00Z");
        ZoneClock shared = index.clock(NOW, promisedBy);

        for (NodeProfile node : index.namespace(NS).nodes()) {
            NodeProfile loose = profile(node.node);
            ZoneClock alone = ZoneClock.of(NOW, promisedBy);
            assertThat(node.zoneSlot).isNotNegative();
            assertThat(shared.today(node)).as(node.name).isEqualTo(alone.today(loose));
            assertThat(shared.secondOfDay(node)).as(node.name).isEqualTo(alone.secondOfDay(loose));
            assertThat(shared.promisedDay(node)).as(node.name).isEqualTo(alone.promisedDay(loose));
        }
        NodeProfile berlin = index.namespace(NS).nodes()[2];
        assertThat(shared.secondOfDay(berlin)).isEqualTo(16 * 3600);
    }

    @Test
    void theFastChainAgreesWithTheListOfFiltersRunInOrder() {
        List<CompiledNode> nodes = List.of(node("ok").methods(ShippingMethod.SAME_DAY).cutoff("23:00", "UTC").build(),
                node("late").methods(ShippingMethod.SAME_DAY).cutoff("10:00", "UTC").build(),
                node("std").build(), node("p").paused().methods(ShippingMethod.SAME_DAY).build(),
                node("full").methods(ShippingMethod.SAME_DAY).capacity(1, 1).build());
        FilterContext context = RoutingFixtures.context(policy("p").build(),
                order("SO-1").method(ShippingMethod.SAME_DAY).build(), NOW,
                new RoutingFixtures.LoadTable().set("full", 1, 0));

        for (CompiledNode node : nodes) {
            NodeProfile profile = profile(node);
            ExclusionReason expected = CandidateFilters.CHAIN.stream().map(f -> f.exclude(profile, context))
                    .filter(r -> r != null).findFirst().orElse(null);
            assertThat(CandidateFilters.firstExclusion(profile, context)).as(node.key().name()).isEqualTo(expected);
        }
        assertThat(nodes.stream().map(n -> CandidateFilters.firstExclusion(profile(n), context)))
                .containsExactly(null, ExclusionReason.PastCutoff, ExclusionReason.ShippingMethodUnsupported,
                        ExclusionReason.Paused, ExclusionReason.BacklogFull);
    }
}
