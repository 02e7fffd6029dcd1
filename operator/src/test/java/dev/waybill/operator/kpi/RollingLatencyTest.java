package dev.waybill.operator.kpi;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RollingLatencyTest {

    private final TestClock clock = new TestClock("2026-11-27T10:00:00Z");
    private final RollingLatency latency = new RollingLatency(clock, Duration.ofSeconds(300), 10);

    @Test
    void percentilesAreWithinTheBinWidthOfTheTrueValues() {
        for (int ms = 1; ms <= 1000; ms++) {
            latency.record(ms);
        }

        assertThat(latency.percentile(0.50).getAsDouble()).isCloseTo(500, within(500 * 0.026));
        assertThat(latency.percentile(0.99).getAsDouble()).isCloseTo(990, within(990 * 0.026));
        assertThat(latency.percentile(1.0).getAsDouble()).isCloseTo(1000, within(1000 * 0.026));
    }

    @Test
    void anEmptyWindowHasNoPercentile() {
        assertThat(latency.percentile(0.5)).isEmpty();
    }

    @Test
    void subMillisecondRoutingTimesAreToldApart() {
        for (int i = 0; i < 99; i++) {
            latency.record(0.080);
        }
        latency.record(2.5);

        assertThat(latency.percentile(0.50).getAsDouble()).isCloseTo(0.080, within(0.080 * 0.026));
        assertThat(latency.percentile(0.99).getAsDouble()).isCloseTo(0.080, within(0.080 * 0.026));
        assertThat(latency.percentile(1.0).getAsDouble()).isCloseTo(2.5, within(2.5 * 0.026));
    }

    @Test
    void latenciesLeaveTheWindowSliceBySlice() {
        latency.record(800);
        clock.advance(Duration.ofSeconds(150));
        latency.record(10);
        assertThat(latency.percentile(0.99).getAsDouble()).isCloseTo(800, within(800 * 0.026));

        clock.advance(Duration.ofSeconds(151));
        assertThat(latency.percentile(0.99).getAsDouble()).as("the slow one is older than the window")
                .isCloseTo(10, within(10 * 0.026));

        clock.advance(Duration.ofSeconds(300));
        assertThat(latency.percentile(0.99)).isEmpty();
    }

    @Test
    void aSliceIsReusedOnceItsTimeHasPassed() {
        latency.record(100);
        clock.advance(Duration.ofSeconds(300));
        latency.record(5);

        assertThat(latency.percentile(1.0).getAsDouble()).isCloseTo(5, within(5 * 0.026));
    }

    @Test
    void extremeValuesLandInTheEndBins() {
        assertThat(RollingLatency.bin(0)).isZero();
        assertThat(RollingLatency.bin(-3)).isZero();
        assertThat(RollingLatency.bin(Double.NaN)).isZero();
        assertThat(RollingLatency.bin(1e12)).isEqualTo(RollingLatency.BINS - 1);
    }
}
