package dev.waybill.simulator.requests;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The most recent vendor API calls received, oldest first, so that a test can see what reached the vendors beyond
 * what the ledger keeps (which trace a call belonged to, which correlation id it carried). Bounded: the oldest are
 * forgotten first.
 */
@ApplicationScoped
public class RequestLog {

    /** How many calls are kept. */
    static final int CAPACITY = 5000;

    private final Deque<RecordedRequest> requests = new ArrayDeque<>();

    public synchronized void add(RecordedRequest request) {
        if (requests.size() == CAPACITY) {
            requests.removeFirst();
        }
        requests.addLast(request);
    }

    /** The calls kept, oldest first; only those with that X-Correlation-Id when {@code correlationId} is given. */
    public synchronized List<RecordedRequest> view(String correlationId) {
        return requests.stream().filter(r -> correlationId == null || correlationId.equals(r.correlationId()))
                .toList();
    }

    public synchronized void clear() {
        requests.clear();
    }
}
