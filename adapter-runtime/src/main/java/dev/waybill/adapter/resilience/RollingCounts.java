package dev.waybill.adapter.resilience;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;

/**
 * A few counters summed over a rolling window of time buckets, driven by a {@link Clock} so tests move time by
 * hand. A bucket is reused once its time has passed out of the window, so memory stays fixed however long it runs.
 * Thread-safe; the lock is held for a few array accesses only.
 */
public final class RollingCounts {

    private final Clock clock;
    private final long bucketMillis;
    private final long[] bucketNumber;
    private final long[][] counts;

    /**
     * @param window   how far back sums reach
     * @param buckets  into how many slices the window is cut; a sum covers between (buckets-1)/buckets of the
     *                 window and the whole window
     * @param counters how many independent counters are kept
     */
    public RollingCounts(Clock clock, Duration window, int buckets, int counters) {
        if (buckets < 1 || counters < 1 || window.toMillis() < buckets) {
            throw new IllegalArgumentException("a window needs at least one bucket of a millisecond and a counter");
        }
        this.clock = clock;
        this.bucketMillis = window.toMillis() / buckets;
        this.bucketNumber = new long[buckets];
        this.counts = new long[buckets][counters];
        Arrays.fill(bucketNumber, Long.MIN_VALUE);
    }

    /** Adds {@code amount} to {@code counter} in the current bucket. */
    public synchronized void add(int counter, long amount) {
        long now = currentBucket();
        int slot = slot(now);
        if (bucketNumber[slot] != now) {
            bucketNumber[slot] = now;
            Arrays.fill(counts[slot], 0);
        }
        counts[slot][counter] += amount;
    }

    /** The sum of {@code counter} over the buckets still inside the window. */
    public synchronized long sum(int counter) {
        long now = currentBucket();
        long sum = 0;
        for (int slot = 0; slot < bucketNumber.length; slot++) {
            if (bucketNumber[slot] > now - bucketNumber.length && bucketNumber[slot] <= now) {
                sum += counts[slot][counter];
            }
        }
        return sum;
    }

    /** The window's length in whole seconds. */
    public int windowSeconds() {
        return (int) (bucketMillis * bucketNumber.length / 1000);
    }

    private long currentBucket() {
        return Math.floorDiv(clock.millis(), bucketMillis);
    }

    private int slot(long bucket) {
        return (int) Math.floorMod(bucket, (long) bucketNumber.length);
    }
}
