package dev.waybill.adapter.webhook;

import java.time.Clock;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers the (timestamp, signature) pairs of accepted signed webhooks until their timestamp leaves the tolerance
 * window, so a captured webhook sent again is refused. Bounded: expired entries are dropped as new ones arrive
 * (oldest first; timestamps arrive roughly in order), and beyond {@link #MAX_ENTRIES} the oldest goes even if not yet
 * expired, so a flood cannot exhaust memory. Thread-safe.
 */
final class ReplayGuard {

    static final int MAX_ENTRIES = 100_000;

    private final Clock clock;
    private final long toleranceSeconds;
    private final LinkedHashMap<String, Long> expiries = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    ReplayGuard(Clock clock, long toleranceSeconds) {
        this.clock = clock;
        this.toleranceSeconds = toleranceSeconds;
    }

    /** True, and remembered, the first time the pair is seen within the window; false for a replay. */
    synchronized boolean firstSeen(long timestamp, String signature) {
        long now = clock.instant().getEpochSecond();
        dropExpired(now);
        String key = timestamp + ":" + signature;
        Long expiry = expiries.get(key);
        if (expiry != null && expiry >= now) {
            return false;
        }
        expiries.put(key, timestamp + toleranceSeconds);
        return true;
    }

    synchronized int size() {
        return expiries.size();
    }

    private void dropExpired(long now) {
        Iterator<Map.Entry<String, Long>> oldest = expiries.entrySet().iterator();
        while (oldest.hasNext()) {
            if (oldest.next().getValue() >= now) {
                return;
            }
            oldest.remove();
        }
    }
}
