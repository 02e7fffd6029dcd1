package dev.waybill.operator.policy;

import dev.waybill.api.v1alpha1.meta.Capability;
import dev.waybill.api.v1alpha1.meta.LocalRef;
import dev.waybill.api.v1alpha1.node.FulfillmentNode;
import dev.waybill.api.v1alpha1.node.FulfillmentNodeSpec;
import dev.waybill.api.v1alpha1.policy.Candidates;
import dev.waybill.api.v1alpha1.policy.RoutingPolicySpec;
import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PolicyCheckTest {

    @Test
    void compilesAValidPolicyAndCountsQualifyingNodes() {
        RoutingPolicySpec spec = policy("order.shipTo.country == 'US'", Map.of("tier", "store"),
                List.of(Capability.SameDayConfirmation));

        PolicyCheck check = PolicyCheck.of(spec, List.of(
                node("a", Map.of("tier", "store"), List.of(Capability.SameDayConfirmation)),
                node("b", Map.of("tier", "store"), List.of()),
                node("c", Map.of("tier", "dc"), List.of(Capability.SameDayConfirmation))));

        assertThat(check.problems()).isEmpty();
        assertThat(check.compiled()).isPresent();
        assertThat(check.matchedNodes()).isEqualTo(2);
        assertThat(check.candidates()).isEqualTo(1);
        assertThat(check.candidateWarning()).isEmpty();
    }

    @Test
    void aCelErrorIsAProblemOnSpecMatchAndNothingCompiles() {
        PolicyCheck check = PolicyCheck.of(policy("order.shipTo.countyr == 'US'", Map.of(), List.of()), List.of());

        assertThat(check.compiled()).isEmpty();
        assertThat(check.problems()).singleElement().satisfies(p -> {
            assertThat(p.reason()).isEqualTo("InvalidExpression");
            assertThat(p.field()).isEqualTo("spec.match");
            assertThat(p.message()).contains("countyr");
        });
    }

    @Test
    void aSelectorMatchingNothingIsAWarningNotAProblem() {
        PolicyCheck check = PolicyCheck.of(policy("true", Map.of("tier", "none"), List.of()),
                List.of(node("a", Map.of("tier", "store"), List.of())));

        assertThat(check.problems()).isEmpty();
        assertThat(check.candidateWarning()).hasValueSatisfying(w -> assertThat(w.reason()).isEqualTo("NoMatchingNodes"));
    }

    @Test
    void selectedNodesWithoutTheCapabilitiesAreAWarningToo() {
        PolicyCheck check = PolicyCheck.of(policy("true", Map.of(), List.of(Capability.Returns)),
                List.of(node("a", Map.of(), List.of(Capability.FullCancellation))));

        assertThat(check.candidateWarning()).hasValueSatisfying(w -> {
            assertThat(w.reason()).isEqualTo("NoQualifyingNodes");
            assertThat(w.field()).isEqualTo("spec.candidates.requiredCapabilities");
        });
    }

    @Test
    void aMalformedSelectorIsAProblem() {
        RoutingPolicySpec spec = policy("true", Map.of(), List.of());
        spec.candidates.nodeSelector = new LabelSelectorBuilder().addNewMatchExpression().withKey("tier")
                .withOperator("In").endMatchExpression().build();

        PolicyCheck check = PolicyCheck.of(spec, List.of());

        assertThat(check.problems()).singleElement().satisfies(p -> {
            assertThat(p.reason()).isEqualTo("InvalidSelector");
            assertThat(p.message()).contains("needs at least one value");
        });
    }

    private static RoutingPolicySpec policy(String match, Map<String, String> labels, List<Capability> required) {
        RoutingPolicySpec spec = new RoutingPolicySpec();
        spec.match = match;
        spec.candidates = new Candidates();
        spec.candidates.nodeSelector = new LabelSelectorBuilder().withMatchLabels(labels).build();
        spec.candidates.requiredCapabilities = required;
        return spec;
    }

    static FulfillmentNode node(String name, Map<String, String> labels, List<Capability> capabilities) {
        FulfillmentNode node = new FulfillmentNode();
        node.setMetadata(new ObjectMetaBuilder().withName(name).withNamespace("ns").withLabels(labels).build());
        node.setSpec(new FulfillmentNodeSpec());
        node.getSpec().capabilities = capabilities;
        node.getSpec().adapterRef = new LocalRef();
        node.getSpec().adapterRef.name = "acme";
        return node;
    }
}
