package dev.waybill.adapter.remote;

import dev.waybill.adapter.connector.CircuitState;
import dev.waybill.adapter.connector.ConnectorStats;
import dev.waybill.adapter.remote.AdapterClient.AdapterStatus;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The adapter's last reported circuit and figures, fetched at most once per {@code maxAge}. Routing and status
 * writers ask often; only one thread fetches at a time, and the others keep the previous answer meanwhile rather
 * than queue behind a slow adapter.
 *
 * <p>An adapter that cannot be reached reports its circuit as Open: its vendor is just as out of reach, and Open is
 * what takes its nodes out of routing. Its last figures are kept.
 */
final class AdapterStatusCache {

    private record Snapshot(AdapterStatus status, Instant fetchedAt) {
    }

    private final Supplier<Optional<AdapterStatus>> fetch;
    private final Clock clock;
    private final Duration maxAge;
    private final ReentrantLock fetching = new ReentrantLock();
    private volatile Snapshot current;

    AdapterStatusCache(Supplier<Optional<AdapterStatus>> fetch, Clock clock, Duration maxAge) {
        this.fetch = fetch;
        this.clock = clock;
        this.maxAge = maxAge;
    }

    AdapterStatus current() {
        Snapshot seen = current;
        if (seen != null && fresh(seen)) {
            return seen.status();
        }
        if (seen == null) {
            fetching.lock();
        } else if (!fetching.tryLock()) {
            return seen.status();
        }
        try {
            Snapshot again = current;
            if (again != null && fresh(again)) {
                return again.status();
            }
            ConnectorStats lastStats = again == null ? ConnectorStats.EMPTY : again.status().stats();
            AdapterStatus status = fetch.get().orElseGet(() -> new AdapterStatus(CircuitState.Open, lastStats));
            current = new Snapshot(status, clock.instant());
            return status;
        } finally {
            fetching.unlock();
        }
    }

    private boolean fresh(Snapshot snapshot) {
        return clock.instant().isBefore(snapshot.fetchedAt().plus(maxAge));
    }
}
