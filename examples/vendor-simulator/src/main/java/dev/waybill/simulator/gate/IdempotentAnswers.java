package dev.waybill.simulator.gate;

import dev.waybill.simulator.Vendor;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A vendor's memory of Idempotency-Keys: the first call with a key does the work, later calls with it get the
 * stored answer and change nothing. Only successful answers are kept, so that a refused call can be retried.
 */
@ApplicationScoped
public class IdempotentAnswers {

    private final Map<String, Answer> answers = new ConcurrentHashMap<>();

    /**
     * Does the work once per key and operation; without a key every call does the work. Concurrent calls with the
     * same key wait for the first rather than both doing it.
     */
    public Answer once(Vendor vendor, String operation, String key, Supplier<Answer> work) {
        if (key == null || key.isBlank()) {
            return work.get();
        }
        Answer[] fresh = new Answer[1];
        Answer stored = answers.computeIfAbsent(vendor.id() + '\n' + operation + '\n' + key, k -> {
            fresh[0] = work.get();
            return fresh[0].successful() ? fresh[0] : null;
        });
        return fresh[0] != null ? fresh[0] : stored.replayed();
    }

    /** Forgets every key. */
    public void clear() {
        answers.clear();
    }
}
