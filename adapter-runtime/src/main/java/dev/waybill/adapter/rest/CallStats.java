package dev.waybill.adapter.rest;

import dev.waybill.adapter.connector.ConnectorStats;
import dev.waybill.adapter.resilience.RollingCounts;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.IntStream;

/**
 * A connector's request counters and latencies: totals since start, counts over a rolling minute, and p50/p99 of
 * the most recent {@link #SAMPLE_SIZE} latencies that fall within that minute (a fixed reservoir: memory and the
 * cost of a snapshot stay bounded at any request rate, at the price of p99 describing the last few seconds on a
 * busy vendor). Thread-safe.
 */
final class CallStats {

    static final int SAMPLE_SIZE = 1024;
    static final Duration WINDOW = Duration.ofSeconds(60);

    private static final int REQUESTS = 0;
    private static final int ERRORS = 1;
    private static final int RETRIES = 2;

    private final Clock clock;
    private final LongAdder requests = new LongAdder();
    private final LongAdder errors = new LongAdder();
    private final LongAdder retries = new LongAdder();
    private final RollingCounts window;
    private final long[] sampleMillis = new long[SAMPLE_SIZE];
    private final long[] sampleAt = new long[SAMPLE_SIZE];
    private int next;
    private int filled;

    CallStats(Clock clock) {
        this.clock = clock;
        this.window = new RollingCounts(clock, WINDOW, 6, 3);
    }

    void record(long millis, boolean error, boolean retry) {
        requests.increment();
        window.add(REQUESTS, 1);
        if (error) {
            errors.increment();
            window.add(ERRORS, 1);
        }
        if (retry) {
            retries.increment();
            window.add(RETRIES, 1);
        }
        synchronized (this) {
            sampleMillis[next] = millis;
            sampleAt[next] = clock.millis();
            next = (next + 1) % SAMPLE_SIZE;
            filled = Math.min(filled + 1, SAMPLE_SIZE);
        }
    }

    ConnectorStats snapshot() {
        long[] recent = recentLatencies();
        Arrays.sort(recent);
        return new ConnectorStats(requests.sum(), errors.sum(), retries.sum(), window.windowSeconds(),
                window.sum(REQUESTS), window.sum(ERRORS), window.sum(RETRIES),
                percentile(recent, 0.50), percentile(recent, 0.99));
    }

    private synchronized long[] recentLatencies() {
        long since = clock.millis() - WINDOW.toMillis();
        return IntStream.range(0, filled).filter(i -> sampleAt[i] > since)
                .mapToLong(i -> sampleMillis[i]).toArray();
    }

    /** Nearest-rank percentile of sorted values; 0 for none. */
    static double percentile(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(quantile * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
