package dev.waybill.operator.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Waits until orders are settled: in a terminal state (Shipped, Cancelled, Rejected), or OnHold with an open
 * exception that names its reason, so a person has been told why.
 *
 * @param settled how many settled
 * @param took    from the first order sent until the last one was seen settled (or until the wait gave up)
 * @param waiting the ids of the orders still unsettled when the wait gave up
 */
record Settlement(int settled, Duration took, List<String> waiting) {

    private static final Set<String> TERMINAL = Set.of("Shipped", "Cancelled", "Rejected");
    private static final Duration POLL = Duration.ofSeconds(2);
    private static final Duration PROGRESS = Duration.ofSeconds(15);

    /**
     * Polls the unsettled orders, 2 s between passes, until each of {@code ids} is settled or {@code within} of
     * {@code startNanos} has passed.
     */
    static Settlement await(JsonHttp api, List<String> ids, long startNanos, Duration within)
            throws InterruptedException {
        Set<String> waiting = new LinkedHashSet<>(ids);
        long deadline = startNanos + within.toNanos();
        long nextProgress = System.nanoTime() + PROGRESS.toNanos();
        while (!waiting.isEmpty() && System.nanoTime() < deadline) {
            waiting.removeIf(id -> settled(api, id));
            if (System.nanoTime() >= nextProgress) {
                System.out.printf("fault run waiting: %d of %d orders settled after %.0f s%n",
                        ids.size() - waiting.size(), ids.size(), seconds(startNanos));
                nextProgress += PROGRESS.toNanos();
            }
            if (!waiting.isEmpty()) {
                TimeUnit.MILLISECONDS.sleep(POLL.toMillis());
            }
        }
        return new Settlement(ids.size() - waiting.size(), Duration.ofNanos(System.nanoTime() - startNanos),
                new ArrayList<>(waiting));
    }

    static boolean settled(JsonHttp api, String id) {
        String state = api.get("/api/v1/orders/" + id).path("state").asText();
        if (TERMINAL.contains(state)) {
            return true;
        }
        if (!"OnHold".equals(state)) {
            return false;
        }
        for (JsonNode exception : api.get("/api/v1/exceptions?state=Open&order=" + id)) {
            if (!exception.path("reason").asText().isBlank()) {
                return true;
            }
        }
        return false;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
