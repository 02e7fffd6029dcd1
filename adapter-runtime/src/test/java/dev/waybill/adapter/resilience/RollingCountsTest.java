package dev.waybill.adapter.resilience;

import dev.waybill.adapter.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class RollingCountsTest {

    @Test
    void bucketsLeaveTheWindowAsTimePasses() {
        MutableClock clock = MutableClock.at("2026-11-27T10:00:00Z");
        RollingCounts counts = new RollingCounts(clock, Duration.ofSeconds(60), 6, 2);
        counts.add(0, 5);
        clock.advance(Duration.ofSeconds(30));
        counts.add(0, 2);
        counts.add(1, 1);

        assertThat(counts.sum(0)).isEqualTo(7);
        assertThat(counts.sum(1)).isEqualTo(1);
        assertThat(counts.windowSeconds()).isEqualTo(60);

        clock.advance(Duration.ofSeconds(35));
        assertThat(counts.sum(0)).isEqualTo(2);

        clock.advance(Duration.ofMinutes(10));
        assertThat(counts.sum(0)).isZero();
        counts.add(0, 1);
        assertThat(counts.sum(0)).isEqualTo(1);
    }
}
