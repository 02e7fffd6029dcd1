package dev.waybill.operator.policy;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class NodeSelectorsTest {

    private static final Map<String, String> EAST_STORE = Map.of("region", "us-east", "network", "stores");

    @Test
    void absentOrEmptySelectorMatchesEverything() {
        assertThat(NodeSelectors.compile(null).test(Map.of())).isTrue();
        assertThat(NodeSelectors.compile(new LabelSelector()).test(EAST_STORE)).isTrue();
    }

    @Test
    void matchLabelsNeedEveryPair() {
        assertThat(select(new LabelSelectorBuilder().withMatchLabels(Map.of("region", "us-east")).build())).isTrue();
        assertThat(select(new LabelSelectorBuilder().withMatchLabels(Map.of("region", "us-east", "network", "acme"))
                .build())).isFalse();
    }

    @Test
    void expressionsFollowKubernetesSemantics() {
        assertThat(select(expression("region", "In", "us-east", "us-west"))).isTrue();
        assertThat(select(expression("region", "In", "eu-west"))).isFalse();
        assertThat(select(expression("region", "NotIn", "eu-west"))).isTrue();
        assertThat(select(expression("tier", "NotIn", "gold"))).as("NotIn matches an absent key").isTrue();
        assertThat(select(expression("network", "Exists"))).isTrue();
        assertThat(select(expression("tier", "DoesNotExist"))).isTrue();
        assertThat(select(expression("network", "DoesNotExist"))).isFalse();
    }

    @Test
    void reportsUnusableRequirements() {
        assertThat(NodeSelectors.problem(expression("region", "Near", "x"))).contains("Near");
        assertThat(NodeSelectors.problem(expression("region", "Exists", "x"))).contains("takes no values");
        assertThat(NodeSelectors.problem(expression("region", "In"))).contains("at least one value");
        assertThat(NodeSelectors.problem(expression("region", "In", "x"))).isNull();
    }

    private static boolean select(LabelSelector selector) {
        return NodeSelectors.compile(selector).test(EAST_STORE);
    }

    private static LabelSelector expression(String key, String operator, String... values) {
        return new LabelSelectorBuilder().addNewMatchExpression().withKey(key).withOperator(operator)
                .withValues(values).endMatchExpression().build();
    }
}
