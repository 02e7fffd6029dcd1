package dev.waybill.adapter.webhook;

import dev.waybill.adapter.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class ReplayGuardTest {

    @Test
    void forgetsPairsOnceTheyCouldNoLongerPassTheTimestampCheck() {
        MutableClock clock = MutableClock.at("2026-11-27T10:00:00Z");
        ReplayGuard guard = new ReplayGuard(clock, 300);
        long now = clock.instant().getEpochSecond();

        assertThat(guard.firstSeen(now, "aa")).isTrue();
        assertThat(guard.firstSeen(now, "aa")).isFalse();
        assertThat(guard.firstSeen(now, "bb")).isTrue();
        assertThat(guard.size()).isEqualTo(2);

        clock.advance(Duration.ofSeconds(301));
        assertThat(guard.firstSeen(now + 301, "cc")).isTrue();
        assertThat(guard.size()).isEqualTo(1);
    }

    @Test
    void staysBounded() {
        MutableClock clock = MutableClock.at("2026-11-27T10:00:00Z");
        ReplayGuard guard = new ReplayGuard(clock, 300);
        long now = clock.instant().getEpochSecond();
        for (int i = 0; i < ReplayGuard.MAX_ENTRIES + 10; i++) {
            guard.firstSeen(now, Integer.toHexString(i));
        }

        assertThat(guard.size()).isEqualTo(ReplayGuard.MAX_ENTRIES);
    }
}
