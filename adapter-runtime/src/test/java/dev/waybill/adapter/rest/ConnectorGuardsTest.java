package dev.waybill.adapter.rest;

import dev.waybill.adapter.resilience.ResiliencePolicy;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.core.functions.Either;
import io.github.resilience4j.ratelimiter.RateLimiter;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ConnectorGuardsTest {

    @Test
    void theRateLimiterAveragesTheContractsRate() {
        RateLimiter fifty = ConnectorGuards.rateLimiter("a", 50, Duration.ofSeconds(1));
        RateLimiter fractional = ConnectorGuards.rateLimiter("b", 2.5, Duration.ofSeconds(1));
        RateLimiter slow = ConnectorGuards.rateLimiter("c", 0.5, Duration.ofSeconds(1));

        assertThat(fifty.getRateLimiterConfig().getLimitForPeriod()).isEqualTo(50);
        assertThat(fifty.getRateLimiterConfig().getLimitRefreshPeriod()).isEqualTo(Duration.ofSeconds(1));
        assertThat(fractional.getRateLimiterConfig().getLimitForPeriod()).isEqualTo(2);
        assertThat(fractional.getRateLimiterConfig().getLimitRefreshPeriod()).isEqualTo(Duration.ofMillis(800));
        assertThat(slow.getRateLimiterConfig().getLimitForPeriod()).isEqualTo(1);
        assertThat(slow.getRateLimiterConfig().getLimitRefreshPeriod()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void backoffGrowsWithinItsCapAndRetryAfterWinsUpToTheCap() {
        ResiliencePolicy policy = new ResiliencePolicy(Duration.ofSeconds(1), 5, Duration.ofMillis(100),
                Duration.ofSeconds(3), 2.0, 0.0, 20, 50, 20, Duration.ofSeconds(30), Optional.empty());
        IntervalBiFunction<Step> backoff = ConnectorGuards.backoff(policy);
        Step plain = new Step(1, new AttemptResult.Unavailable(503, null, Optional.empty(), "x"), true);
        Step told = new Step(1, new AttemptResult.Unavailable(429, null, Optional.of(Duration.ofSeconds(2)), "x"), true);
        Step toldTooLong = new Step(1,
                new AttemptResult.Unavailable(429, null, Optional.of(Duration.ofSeconds(60)), "x"), true);

        assertThat(backoff.apply(1, Either.right(plain))).isEqualTo(100L);
        assertThat(backoff.apply(2, Either.right(plain))).isEqualTo(200L);
        assertThat(backoff.apply(9, Either.right(plain))).isEqualTo(3000L);
        assertThat(backoff.apply(1, Either.right(told))).isEqualTo(2000L);
        assertThat(backoff.apply(1, Either.right(toldTooLong))).isEqualTo(3000L);
    }
}
