package dev.waybill.adapter.rest;

import dev.waybill.adapter.connector.ConnectorStats;
import dev.waybill.adapter.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class CallStatsTest {

    @Test
    void countsSinceStartAndOverTheWindow() {
        MutableClock clock = MutableClock.at("2026-11-27T10:00:00Z");
        CallStats stats = new CallStats(clock);
        for (int i = 1; i <= 100; i++) {
            stats.record(i, i % 10 == 0, i % 4 == 0);
        }

        ConnectorStats now = stats.snapshot();
        assertThat(now.requests()).isEqualTo(100);
        assertThat(now.errors()).isEqualTo(10);
        assertThat(now.retries()).isEqualTo(25);
        assertThat(now.errorRatePercent()).isEqualTo(10);
        assertThat(now.retryRatePercent()).isEqualTo(25);
        assertThat(now.p50Millis()).isEqualTo(50);
        assertThat(now.p99Millis()).isEqualTo(99);

        clock.advance(Duration.ofMinutes(2));
        ConnectorStats later = stats.snapshot();
        assertThat(later.requests()).isEqualTo(100);
        assertThat(later.windowRequests()).isZero();
        assertThat(later.p99Millis()).isZero();
        assertThat(later.errorRatePercent()).isZero();
    }
}
