package dev.waybill.operator.routing;

import dev.waybill.adapter.model.CanonicalOrder;
import dev.waybill.adapter.model.OrderJson;
import dev.waybill.api.v1alpha1.policy.PolicyMode;
import dev.waybill.operator.model.CompiledPolicy;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import static dev.waybill.operator.routing.RoutingFixtures.order;
import static dev.waybill.operator.routing.RoutingFixtures.policy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class PolicySelectorTest {

    private static final CanonicalOrder US_ORDER = order("SO-1001").build();

    private static PolicySelector.Selection select(CanonicalOrder order, CompiledPolicy... policies) {
        PolicyRules[] rules = Arrays.stream(policies).map(PolicyRules::new).sorted(RoutingIndex.POLICY_ORDER)
                .toArray(PolicyRules[]::new);
        return PolicySelector.select(rules, order.orderId(), OrderJson.toMap(order));
    }

    private static String active(PolicySelector.Selection selection) {
        return selection.active() == null ? null : selection.active().name;
    }

    @Test
    void theHighestPriorityMatchWinsAndLowerActivePoliciesAreNotEvaluated() {
        PolicySelector.Selection s = select(US_ORDER,
                policy("low").priority(10).match("order.shipTo.country == 'US'").build(),
                policy("high").priority(500).match("order.shipTo.country == 'US'").build(),
                policy("mid").priority(100).build());

        assertThat(active(s)).isEqualTo("high");
        assertThat(s.verdicts()).extracting(PolicyVerdict::policy, PolicyVerdict::outcome)
                .containsExactly(tuple("high", PolicyOutcome.Chosen));
    }

    @Test
    void equalPrioritiesGoByName() {
        PolicySelector.Selection s = select(US_ORDER, policy("beta").build(), policy("alpha").build());

        assertThat(active(s)).isEqualTo("alpha");
    }

    @Test
    void aMatchThatIsFalseFallsThrough() {
        PolicySelector.Selection s = select(US_ORDER,
                policy("de").priority(300).match("order.shipTo.country == 'DE'").build(),
                policy("fallback").priority(1).build());

        assertThat(active(s)).isEqualTo("fallback");
        assertThat(s.verdicts()).extracting(PolicyVerdict::policy, PolicyVerdict::outcome)
                .containsExactly(tuple("de", PolicyOutcome.MatchFalse), tuple("fallback", PolicyOutcome.Chosen));
    }

    @Test
    void disabledPoliciesAreSkippedWithoutEvaluation() {
        PolicySelector.Selection s = select(US_ORDER,
                policy("off").priority(900).mode(PolicyMode.Disabled).build(),
                policy("on").priority(1).build());

        assertThat(active(s)).isEqualTo("on");
        assertThat(s.verdicts()).extracting(PolicyVerdict::policy, PolicyVerdict::outcome)
                .containsExactly(tuple("off", PolicyOutcome.Disabled), tuple("on", PolicyOutcome.Chosen));
    }

    @Test
    void anEvaluationErrorSkipsThePolicyAndSaysWhy() {
        CanonicalOrder noPromise = order("SO-2").build();

        PolicySelector.Selection s = select(noPromise,
                policy("promised").priority(200).match("order.promisedBy < '2026-12-01'").build(),
                policy("fallback").priority(1).build());

        assertThat(active(s)).isEqualTo("fallback");
        PolicyVerdict error = s.verdicts().get(0);
        assertThat(error.policy()).isEqualTo("promised");
        assertThat(error.outcome()).isEqualTo(PolicyOutcome.EvaluationError);
        assertThat(error.detail()).contains("promisedBy");
    }

    @Test
    void anEvaluationErrorQuotesNoPersonalValueOfTheOrder() {
        PolicySelector.Selection s = select(US_ORDER,
                policy("numbered").priority(200).match("double(order.shipTo.line1) > 1.0").build(),
                policy("fallback").priority(1).build());

        assertThat(s.verdicts().get(0).outcome()).isEqualTo(PolicyOutcome.EvaluationError);
        assertThat(s.verdicts().get(0).detail()).contains("****").doesNotContain("Main");
    }

    @Test
    void rolloutZeroFallsThroughAndHundredTakesEveryOrder() {
        PolicySelector.Selection zero = select(US_ORDER, policy("canary").priority(200).rollout(0).build(),
                policy("stable").priority(100).build());
        PolicySelector.Selection hundred = select(US_ORDER, policy("canary").priority(200).rollout(100).build(),
                policy("stable").priority(100).build());

        assertThat(active(zero)).isEqualTo("stable");
        assertThat(zero.verdicts().get(0).outcome()).isEqualTo(PolicyOutcome.RolloutSkipped);
        assertThat(active(hundred)).isEqualTo("canary");
    }

    @Test
    void aFiftyPercentRolloutTakesAStableHalf() {
        CompiledPolicy canary = policy("canary").priority(200).rollout(50).build();
        CompiledPolicy stable = policy("stable").priority(100).build();
        List<CanonicalOrder> orders = IntStream.range(0, 1000).mapToObj(i -> order("SO-" + (5000 + i)).build())
                .toList();

        List<String> first = orders.stream().map(o -> active(select(o, canary, stable))).toList();
        List<String> again = orders.stream().map(o -> active(select(o, stable, canary))).toList();

        assertThat(first.stream().filter("canary"::equals).count()).isBetween(450L, 550L);
        assertThat(again).as("the same orders, every time").isEqualTo(first);
        assertThat(first).containsOnly("canary", "stable");
    }

    @Test
    void shadowPoliciesThatMatchAllDecideWhateverTheirPriority() {
        PolicySelector.Selection s = select(US_ORDER,
                policy("shadow-high").priority(900).mode(PolicyMode.Shadow).build(),
                policy("active").priority(100).build(),
                policy("shadow-low").priority(1).mode(PolicyMode.Shadow).build(),
                policy("shadow-de").priority(1).mode(PolicyMode.Shadow).match("order.shipTo.country == 'DE'").build(),
                policy("shadow-out").priority(1).mode(PolicyMode.Shadow).rollout(0).build());

        assertThat(active(s)).isEqualTo("active");
        assertThat(s.shadows()).extracting(p -> p.name).containsExactly("shadow-high", "shadow-low");
        assertThat(s.verdicts()).extracting(PolicyVerdict::policy, PolicyVerdict::outcome).contains(
                tuple("shadow-de", PolicyOutcome.MatchFalse), tuple("shadow-out", PolicyOutcome.RolloutSkipped));
    }
}
