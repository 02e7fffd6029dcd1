package dev.waybill.operator.kpi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waybill.adapter.connector.CircuitState;
import dev.waybill.api.v1alpha1.contract.ContractKpis;
import dev.waybill.api.v1alpha1.meta.Condition;
import dev.waybill.api.v1alpha1.policy.RoutingPolicyStatus;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class KpiPatchesTest {

    @Test
    void theMergePatchHoldsOnlyKpisAndTheCircuitWithAbsentFiguresAsNull() throws Exception {
        ContractKpis kpis = new ContractKpis();
        kpis.requests = 12L;
        kpis.windowSeconds = 60;

        JsonNode patch = new ObjectMapper().readTree(KpiPatches.body(kpis, CircuitState.Open,
                Instant.parse("2026-11-27T10:00:00Z")));

        assertThat(patch.fieldNames()).toIterable().containsExactly("status");
        assertThat(patch.get("status").fieldNames()).toIterable().containsExactly("kpis", "circuitState");
        JsonNode figures = patch.at("/status/kpis");
        assertThat(figures.get("requests").asLong()).isEqualTo(12);
        assertThat(figures.has("p99Millis") && figures.get("p99Millis").isNull())
                .as("a figure that left the window is removed").isTrue();
        assertThat(figures.get("updatedAt").asText()).isEqualTo("2026-11-27T10:00:00Z");
        assertThat(patch.at("/status/circuitState").asText()).isEqualTo("Open");
    }

    @Test
    void aReconcileIsAskedForWhenTheShownConditionDisagreesOrTheBreachesChange() {
        RoutingPolicyStatus quiet = status(Condition.Status.False);
        RoutingPolicyStatus degraded = status(Condition.Status.True);

        assertThat(SloRechecks.needsReconcile(quiet, Set.of(), Set.of())).isFalse();
        assertThat(SloRechecks.needsReconcile(quiet, Set.of("acceptanceRate"), Set.of())).isTrue();
        assertThat(SloRechecks.needsReconcile(degraded, Set.of(), Set.of("acceptanceRate"))).isTrue();
        assertThat(SloRechecks.needsReconcile(degraded, Set.of("acceptanceRate"), Set.of("acceptanceRate")))
                .as("the same breach again: nothing to say").isFalse();
        assertThat(SloRechecks.needsReconcile(degraded, Set.of("acceptanceRate", "p99RoutingMillis"),
                Set.of("acceptanceRate"))).isTrue();
        assertThat(SloRechecks.needsReconcile(null, Set.of("p99RoutingMillis"), null)).isTrue();
    }

    private static RoutingPolicyStatus status(Condition.Status degraded) {
        RoutingPolicyStatus status = new RoutingPolicyStatus();
        status.conditions = List.of(new Condition("Degraded", degraded, "r", "m", "2026-11-27T10:00:00Z", 1L));
        return status;
    }
}
