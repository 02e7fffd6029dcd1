package dev.waybill.operator.kpi;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;

class KpiMathTest {

    @Test
    void percentagesAreWholeNumbersAndAbsentWhenNothingWasCounted() {
        assertThat(KpiMath.percent(0, 0)).isNull();
        assertThat(KpiMath.percent(1, 3)).isEqualTo(33);
        assertThat(KpiMath.percent(2, 3)).isEqualTo(67);
        assertThat(KpiMath.percent(3, 3)).isEqualTo(100);
        assertThat(KpiMath.percent(0, 7)).isZero();
        assertThat(KpiMath.percent(9, 7)).as("clamped: exceptions of orders routed before the window")
                .isEqualTo(100);
    }

    @Test
    void latenciesKeepTwoSignificantFigures() {
        assertThat(KpiMath.millis(OptionalDouble.of(0.1234))).isEqualTo(0.12);
        assertThat(KpiMath.millis(OptionalDouble.of(3.456))).isEqualTo(3.5);
        assertThat(KpiMath.millis(OptionalDouble.of(56.4))).isEqualTo(56.0);
        assertThat(KpiMath.millis(OptionalDouble.of(812))).isEqualTo(810.0);
        assertThat(KpiMath.millis(OptionalDouble.of(1260))).isEqualTo(1300.0);
        assertThat(KpiMath.millis(OptionalDouble.of(0))).isEqualTo(0.0);
        assertThat(KpiMath.millis(OptionalDouble.empty())).isNull();
    }

    @Test
    void agesAreWholeSecondsNeverNegative() {
        Instant now = Instant.parse("2026-11-27T10:00:00Z");
        assertThat(KpiMath.ageSeconds(now.minusMillis(90_999), now)).isEqualTo(90);
        assertThat(KpiMath.ageSeconds(now.plusSeconds(5), now)).isZero();
        assertThat(KpiMath.ageSeconds(null, now)).isZero();
    }
}
