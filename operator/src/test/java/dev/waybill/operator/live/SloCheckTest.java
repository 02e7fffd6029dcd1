package dev.waybill.operator.live;

import dev.waybill.api.v1alpha1.contract.ContractKpis;
import dev.waybill.api.v1alpha1.contract.ContractSlo;
import dev.waybill.api.v1alpha1.meta.Condition;
import dev.waybill.api.v1alpha1.policy.PolicyKpis;
import dev.waybill.api.v1alpha1.policy.PolicySlo;
import dev.waybill.operator.status.ConditionsBuilder;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SloCheckTest {

    @Test
    void aContractBeyondItsBoundsBreachesWithTheFigure() {
        ContractSlo slo = new ContractSlo();
        slo.p99Millis = 500.0;
        slo.maxErrorRate = 5;
        ContractKpis k = new ContractKpis();
        k.p99Millis = 812.0;
        k.errorRate = 5;

        assertThat(SloCheck.contract(slo, Optional.of(k))).extracting(SloCheck.Breach::text)
                .containsExactly("p99Millis 812 > 500");
        k.errorRate = 12;
        assertThat(SloCheck.contract(slo, Optional.of(k))).extracting(SloCheck.Breach::figure)
                .containsExactly("errorRate", "p99Millis");
    }

    @Test
    void aFigureWithoutDataOrWithoutFiguresBreachesNothing() {
        ContractSlo slo = new ContractSlo();
        slo.p99Millis = 500.0;

        assertThat(SloCheck.contract(slo, Optional.of(new ContractKpis()))).isEmpty();
        assertThat(SloCheck.contract(slo, Optional.empty())).isEmpty();
        assertThat(SloCheck.contract(null, Optional.of(new ContractKpis()))).isEmpty();
    }

    @Test
    void aPolicyBreachesBelowItsAcceptanceAndAboveItsLatencyAndBacklog() {
        PolicySlo slo = new PolicySlo();
        slo.p99RoutingMillis = 2.0;
        slo.minAcceptanceRate = 95;
        slo.maxOldestBacklogSeconds = 600L;
        PolicyKpis k = new PolicyKpis();
        k.p99RoutingMillis = 3.5;
        k.acceptanceRate = 80;
        k.oldestBacklogSeconds = 900L;

        assertThat(SloCheck.policy(slo, Optional.of(k))).extracting(SloCheck.Breach::text).containsExactly(
                "p99RoutingMillis 3.5 > 2", "acceptanceRate 80 < 95", "oldestBacklogSeconds 900 > 600");
    }

    @Test
    void figuresAreWrittenAsPlainNumbers() {
        assertThat(SloCheck.format(812.0)).isEqualTo("812");
        assertThat(SloCheck.format(3.25)).isEqualTo("3.25");
        assertThat(SloCheck.format(0.000001)).isEqualTo("0.000001");
        assertThat(SloCheck.format(900L)).isEqualTo("900");
    }

    @Test
    void degradedIsTrueWithTheFiguresFalseWithAFixedMessageAndAbsentWithoutObjectives() {
        var breached = ConditionsBuilder.from(null, 1, Clock.systemUTC());
        SloCheck.degraded(breached, true, List.of(new SloCheck.Breach("p99Millis", "p99Millis 812 > 500")));
        Condition degraded = breached.build().get(0);
        assertThat(degraded.status).isEqualTo(Condition.Status.True);
        assertThat(degraded.reason).isEqualTo("SloBreached");
        assertThat(degraded.message).isEqualTo("spec.slo: p99Millis 812 > 500");

        var met = ConditionsBuilder.from(null, 1, Clock.systemUTC());
        SloCheck.degraded(met, true, List.of());
        assertThat(met.build().get(0).reason).isEqualTo("SloMet");

        var none = ConditionsBuilder.from(null, 1, Clock.systemUTC());
        SloCheck.degraded(none, false, List.of());
        assertThat(none.build()).isEmpty();
    }
}
