package dev.waybill.operator.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.waybill.adapter.resilience.RetryBudget;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * Vendor calls as the audit trails record them (each call's event carries its attempts), tallied per contract:
 * calls, HTTP attempts, lookups, and the retries the contract's retry budget was charged for.
 */
final class VendorRetries {

    /** The budget's floor, retries per window whatever the traffic. */
    static final int FLOOR = RetryBudget.MIN_RETRIES_PER_WINDOW;
    /**
     * The budget's window is six 10 s buckets and may forget the oldest after 50 s, so its floor is counted here
     * per 50 s begun, which the budget can never exceed.
     */
    private static final long SHORTEST_WINDOW_MILLIS = RetryBudget.WINDOW.toMillis() * 5 / 6;

    /** One contract's calls. */
    static final class Tally {
        int calls;
        int attempts;
        int lookups;
        int charged;
        Instant first;
        Instant last;

        /** Attempts beyond each call's first, lookups included. */
        int retries() {
            return attempts - calls;
        }

        /** What the budget allows over the run: its percentage of first attempts, plus its floor once per window. */
        long allowed(int percent) {
            long span = first == null ? 0 : Duration.between(first, last).toMillis();
            return (long) calls * percent / 100 + (span / SHORTEST_WINDOW_MILLIS + 1) * FLOOR;
        }
    }

    private final Map<String, String> contractOfNode;
    private final Map<String, Integer> budgetPercent;
    private final Map<String, Tally> byContract = new TreeMap<>();

    /**
     * @param contractOfNode each node's AdapterContract
     * @param budgetPercent  each contract's retryBudgetPercent
     */
    VendorRetries(Map<String, String> contractOfNode, Map<String, Integer> budgetPercent) {
        this.contractOfNode = contractOfNode;
        this.budgetPercent = budgetPercent;
    }

    int budgetPercent(String contract) {
        return budgetPercent.get(contract);
    }

    /** Adds one order's audit trail ({@code GET /api/v1/orders/{id}/events}). */
    void add(JsonNode events) {
        for (JsonNode event : events) {
            String contract = contractOfNode.get(event.path("node").asText());
            JsonNode attempts = attempts(event.path("detail").asText());
            if (contract != null && attempts.size() > 0) {
                count(byContract.computeIfAbsent(contract, c -> new Tally()), attempts);
            }
        }
    }

    /** A vendor call's event holds its attempts in a JSON detail; other events' details may be plain text. */
    private static JsonNode attempts(String detail) {
        if (!detail.startsWith("{")) {
            return JsonHttp.JSON.missingNode();
        }
        return JsonHttp.parse(detail).path("attempts");
    }

    Map<String, Tally> tallies() {
        return byContract;
    }

    private static void count(Tally tally, JsonNode attempts) {
        tally.calls++;
        tally.attempts += attempts.size();
        tally.charged += charged(attempts);
        for (JsonNode attempt : attempts) {
            tally.lookups += "lookup".equals(attempt.path("operation").asText()) ? 1 : 0;
            Instant at = Instant.parse(attempt.path("at").asText());
            tally.first = tally.first == null || at.isBefore(tally.first) ? at : tally.first;
            tally.last = tally.last == null || at.isAfter(tally.last) ? at : tally.last;
        }
    }

    /**
     * Retries one call drew from the budget. A pass is a send, or a lookup and, when it found nothing, the send
     * after it; every pass beyond the first draws one, and so does a first pass's send after a lookup (a
     * redelivered command first asks whether its earlier request arrived).
     */
    static int charged(JsonNode attempts) {
        int passes = 0;
        int charged = 0;
        for (int k = 0; k < attempts.size(); k++) {
            JsonNode previous = k == 0 ? null : attempts.get(k - 1);
            boolean sendAfterLookup = previous != null && "lookup".equals(previous.path("operation").asText())
                    && "NotFound".equals(previous.path("errorClass").asText())
                    && !"lookup".equals(attempts.get(k).path("operation").asText());
            if (!sendAfterLookup) {
                passes++;
            } else if (passes == 1) {
                charged++;
            }
        }
        return charged + Math.max(0, passes - 1);
    }
}
