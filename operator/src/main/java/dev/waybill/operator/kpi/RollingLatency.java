package dev.waybill.operator.kpi;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.OptionalDouble;

/**
 * Latencies over a rolling window, for the p50/p99 figures of {@code status.kpis}: the window is cut into time
 * slices, each a histogram of logarithmic bins 5% wide, so a percentile is within about 2.5% of the true value and
 * memory stays fixed at any rate. Driven by a {@link Clock}, so tests move time by hand. Thread-safe; the lock is
 * held for a few array accesses.
 */
final class RollingLatency {

    /** Smallest latency told apart from zero, in milliseconds; anything smaller falls in the first bin. */
    static final double MIN_MILLIS = 0.001;
    static final double GROWTH = 1.05;
    /** Bins up to about an hour; anything longer falls in the last bin. */
    static final int BINS = (int) Math.ceil(Math.log(3_600_000 / MIN_MILLIS) / Math.log(GROWTH)) + 1;

    private final Clock clock;
    private final long sliceMillis;
    private final long[] sliceNumber;
    private final int[][] counts;

    /**
     * @param window how far back percentiles reach
     * @param slices into how many slices the window is cut: a percentile covers between (slices-1)/slices of the
     *               window and the whole window
     */
    RollingLatency(Clock clock, Duration window, int slices) {
        if (slices < 1 || window.toMillis() < slices) {
            throw new IllegalArgumentException("a window needs at least one slice of a millisecond");
        }
        this.clock = clock;
        this.sliceMillis = window.toMillis() / slices;
        this.sliceNumber = new long[slices];
        this.counts = new int[slices][];
        Arrays.fill(sliceNumber, Long.MIN_VALUE);
    }

    /** Records one latency. */
    synchronized void record(double millis) {
        long now = currentSlice();
        int slot = (int) Math.floorMod(now, (long) sliceNumber.length);
        if (sliceNumber[slot] != now) {
            sliceNumber[slot] = now;
            if (counts[slot] == null) {
                counts[slot] = new int[BINS];
            } else {
                Arrays.fill(counts[slot], 0);
            }
        }
        counts[slot][bin(millis)]++;
    }

    /** The latency below which {@code quantile} of the window's latencies fall; empty for an empty window. */
    synchronized OptionalDouble percentile(double quantile) {
        long[] merged = new long[BINS];
        long total = 0;
        long now = currentSlice();
        for (int slot = 0; slot < sliceNumber.length; slot++) {
            if (counts[slot] != null && sliceNumber[slot] > now - sliceNumber.length && sliceNumber[slot] <= now) {
                for (int b = 0; b < BINS; b++) {
                    merged[b] += counts[slot][b];
                    total += counts[slot][b];
                }
            }
        }
        if (total == 0) {
            return OptionalDouble.empty();
        }
        long rank = Math.max(1, (long) Math.ceil(quantile * total));
        long seen = 0;
        for (int b = 0; b < BINS; b++) {
            seen += merged[b];
            if (seen >= rank) {
                return OptionalDouble.of(value(b));
            }
        }
        return OptionalDouble.of(value(BINS - 1));
    }

    static int bin(double millis) {
        if (!(millis > MIN_MILLIS)) {
            return 0;
        }
        int bin = (int) Math.floor(Math.log(millis / MIN_MILLIS) / Math.log(GROWTH)) + 1;
        return Math.min(bin, BINS - 1);
    }

    /** A bin's representative value: the geometric middle of its bounds (bin 0: zero up to the smallest bound). */
    static double value(int bin) {
        return bin == 0 ? MIN_MILLIS : MIN_MILLIS * Math.pow(GROWTH, bin - 0.5);
    }

    private long currentSlice() {
        return Math.floorDiv(clock.millis(), sliceMillis);
    }
}
