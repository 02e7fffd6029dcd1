package dev.waybill.adapter.resilience;

import java.time.Clock;
import java.time.Duration;

/**
 * Caps retries at a percentage of first attempts over a rolling minute, so a failing vendor sees at most that much
 * extra load however many calls are in flight (the retry budget of Finagle and gRPC). Thread-safe.
 *
 * <p>On top of the percentage, {@link #MIN_RETRIES_PER_WINDOW} retries per window are always allowed (unless the
 * percentage is 0): a quiet vendor with a handful of calls a minute could otherwise never retry at all, since 20% of
 * three calls is no whole retry.
 */
public final class RetryBudget {

    /** Retries allowed per window whatever the traffic, when the percentage is above 0. */
    public static final int MIN_RETRIES_PER_WINDOW = 3;
    /** The rolling window the percentage applies to. */
    public static final Duration WINDOW = Duration.ofSeconds(60);

    private static final int FIRST_ATTEMPTS = 0;
    private static final int RETRIES = 1;

    private final int percent;
    private final RollingCounts counts;

    /** @param percent retries allowed as a percentage (0-100) of first attempts in the window */
    public RetryBudget(int percent, Clock clock) {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("retry budget must be 0-100 percent, got " + percent);
        }
        this.percent = percent;
        this.counts = new RollingCounts(clock, WINDOW, 6, 2);
    }

    /** Counts a call's first attempt, which earns the budget its share. */
    public void recordFirstAttempt() {
        counts.add(FIRST_ATTEMPTS, 1);
    }

    /** Takes one retry from the budget: false, and nothing taken, when the window's retries are spent. */
    public synchronized boolean tryAcquireRetry() {
        if (counts.sum(RETRIES) >= allowedRetries()) {
            return false;
        }
        counts.add(RETRIES, 1);
        return true;
    }

    /** Retries the window allows right now. */
    public synchronized long allowedRetries() {
        if (percent == 0) {
            return 0;
        }
        return counts.sum(FIRST_ATTEMPTS) * percent / 100 + MIN_RETRIES_PER_WINDOW;
    }
}
