package dev.waybill.simulator.ledger;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The vendors' own ids, like ACME-000001. Never reset, not even by {@code /_sim/reset}: an id handed out once is
 * never handed out again in the process's life, so Waybill cannot confuse a fresh fulfillment with an old one.
 */
@ApplicationScoped
public class Identifiers {

    private final Map<String, AtomicLong> counters = new ConcurrentHashMap<>();

    /** The next id with that prefix, e.g. {@code next("ACME-")} is ACME-000001 the first time. */
    public String next(String prefix) {
        long n = counters.computeIfAbsent(prefix, p -> new AtomicLong()).incrementAndGet();
        return prefix + String.format("%06d", n);
    }
}
