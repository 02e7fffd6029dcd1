package dev.waybill.adapter.resilience;

import dev.waybill.adapter.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetryBudgetTest {

    private final MutableClock clock = MutableClock.at("2026-11-27T10:00:00Z");

    private static int takeAll(RetryBudget budget) {
        int taken = 0;
        while (budget.tryAcquireRetry()) {
            taken++;
        }
        return taken;
    }

    @Test
    void aQuietVendorStillGetsTheFloor() {
        RetryBudget budget = new RetryBudget(20, clock);
        budget.recordFirstAttempt();

        assertThat(takeAll(budget)).isEqualTo(RetryBudget.MIN_RETRIES_PER_WINDOW);
    }

    @Test
    void retriesAreAPercentageOfFirstAttemptsPlusTheFloor() {
        RetryBudget budget = new RetryBudget(20, clock);
        for (int i = 0; i < 100; i++) {
            budget.recordFirstAttempt();
        }

        assertThat(takeAll(budget)).isEqualTo(20 + RetryBudget.MIN_RETRIES_PER_WINDOW);
    }

    @Test
    void zeroPercentMeansNoRetries() {
        RetryBudget budget = new RetryBudget(0, clock);
        budget.recordFirstAttempt();

        assertThat(budget.tryAcquireRetry()).isFalse();
    }

    @Test
    void theWindowRollsWithTheClock() {
        RetryBudget budget = new RetryBudget(10, clock);
        assertThat(takeAll(budget)).isEqualTo(3);

        clock.advance(Duration.ofSeconds(30));
        assertThat(budget.tryAcquireRetry()).isFalse();

        clock.advance(Duration.ofSeconds(31));
        assertThat(takeAll(budget)).isEqualTo(3);
    }

    @Test
    void firstAttemptsOutsideTheWindowEarnNothing() {
        RetryBudget budget = new RetryBudget(50, clock);
        for (int i = 0; i < 10; i++) {
            budget.recordFirstAttempt();
        }
        clock.advance(Duration.ofMinutes(2));

        assertThat(budget.allowedRetries()).isEqualTo(RetryBudget.MIN_RETRIES_PER_WINDOW);
    }

    @Test
    void neverGrantsMoreThanAllowedUnderContention() throws InterruptedException {
        RetryBudget budget = new RetryBudget(10, clock);
        for (int i = 0; i < 1000; i++) {
            budget.recordFirstAttempt();
        }
        AtomicInteger granted = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 2000; i++) {
            pool.execute(() -> {
                if (budget.tryAcquireRetry()) {
                    granted.incrementAndGet();
                }
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

        assertThat(granted.get()).isEqualTo(100 + RetryBudget.MIN_RETRIES_PER_WINDOW);
    }

    @Test
    void refusesAPercentageOutOfRange() {
        assertThatThrownBy(() -> new RetryBudget(101, clock)).isInstanceOf(IllegalArgumentException.class);
    }
}
