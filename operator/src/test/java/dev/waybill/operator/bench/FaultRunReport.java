package dev.waybill.operator.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.StringJoiner;

/**
 * The fault run's figures, read order by order once the run is over (state, audit trail, exceptions) and printed
 * one line each, every line starting {@code fault run} so make bench can pick them out.
 */
final class FaultRunReport {

    private final JsonHttp api;
    private final VendorRetries retries;
    private final JsonNode ledger;
    private final Histogram states = new Histogram();
    private final Histogram reasons = new Histogram();
    private final List<Double> spans = new ArrayList<>();
    private int heldThoughShipped;
    private JsonNode heldExample;
    private String slowest;
    private double longest = -1;

    /** @param ledger the simulator's ledger at the end of the run */
    FaultRunReport(JsonHttp api, VendorRetries retries, JsonNode ledger) {
        this.api = api;
        this.retries = retries;
        this.ledger = ledger;
    }

    /** Reads one order, its audit trail and its exceptions. */
    void add(String id) {
        JsonNode order = api.get("/api/v1/orders/" + id);
        states.add(order.path("state").asText());
        if (heldThoughShipped(order)) {
            heldThoughShipped++;
            heldExample = heldExample == null ? order : heldExample;
        }
        JsonNode events = api.get("/api/v1/orders/" + id + "/events");
        retries.add(events);
        timed(id, span(events));
        for (JsonNode exception : api.get("/api/v1/exceptions?state=all&order=" + id)) {
            String state = exception.path("state").asText();
            reasons.add(exception.path("reason").asText() + ("Open".equals(state) ? "" : " (" + state + ")"));
        }
    }

    /** How long orders took, what they came to, and the slowest one's audit trail. */
    void printOrders(int count, Settlement settlement, Duration goal) {
        System.out.printf("fault run settled: %d of %d orders in %.1f s (goal: all, within %d s)%n",
                settlement.settled(), count, settlement.took().toMillis() / 1e3, goal.toSeconds());
        spans.sort(Comparator.naturalOrder());
        if (!spans.isEmpty()) {
            System.out.printf("fault run per order, first to last audit event: p50 %.1f s, p99 %.1f s, max %.1f s%n",
                    pct(spans, 0.50), pct(spans, 0.99), spans.get(spans.size() - 1));
            System.out.println("fault run slowest order " + slowest + ": " + trail(slowest));
        }
        System.out.println("fault run final states: " + states);
        System.out.printf("fault run on hold though shipped: %d (every shipment Shipped by the vendor's webhooks, "
                + "a dispatch exception open)%n", heldThoughShipped);
        if (heldExample != null) {
            String id = heldExample.path("id").asText();
            System.out.println("fault run e.g. " + heldExample.path("orderId").asText() + ": " + trail(id));
            heldExample.path("shipments").forEach(s -> ledger.forEach(entry -> {
                if (s.path("id").asText().equals(entry.path("reference").asText())) {
                    System.out.println("fault run     ledger: " + entry);
                }
            }));
        }
        System.out.println("fault run exception reasons: " + reasons);
    }

    /** The ledger's largest createCount among {@code vendors}, printing every duplicate fulfillment. */
    int printLedger(List<String> vendors) {
        int max = 0;
        int entries = 0;
        for (JsonNode entry : ledger) {
            if (vendors.contains(entry.path("vendor").asText())) {
                entries++;
                max = Math.max(max, entry.path("createCount").asInt());
                if (entry.path("createCount").asInt() > 1) {
                    System.out.println("fault run DUPLICATE at the vendor: " + entry);
                }
            }
        }
        System.out.printf("fault run ledger: %d fulfillments, max createCount %d (goal <= 1)%n", entries, max);
        return max;
    }

    /**
     * Each contract's calls and retries against its budget. Printed, not asserted: the budget also counts first
     * attempts no audit event shows (calls an open circuit refused) and holds over a rolling window, so a share
     * over the whole run can be compared with it, not held to it.
     */
    void printVendors() {
        retries.tallies().forEach((contract, t) -> {
            int percent = retries.budgetPercent(contract);
            long allowed = t.allowed(percent);
            System.out.printf("fault run %-16s %4d calls, %4d retries (%.1f%% of first attempts, %d of them "
                            + "lookups); charged to the budget %d (%.1f%%); retryBudgetPercent %d%% + %d per window "
                            + "allows %d: %s%n", contract, t.calls, t.retries(), 100.0 * t.retries() / t.calls,
                    t.lookups, t.charged, 100.0 * t.charged / t.calls, percent, VendorRetries.FLOOR, allowed,
                    t.charged <= allowed ? "within" : "above what the audited calls earn");
        });
    }

    /** What a person would look at first for orders that never settled: the order and its audit trail. */
    void printUnsettled(Settlement settlement) {
        for (String id : settlement.waiting().subList(0, Math.min(5, settlement.waiting().size()))) {
            System.out.printf("fault run UNSETTLED %s: %s%n    %s%n", id, api.get("/api/v1/orders/" + id), trail(id));
        }
    }

    private void timed(String id, double span) {
        spans.add(span);
        if (span > longest) {
            longest = span;
            slowest = id;
        }
    }

    /** Seconds from an audit trail's first event to its last. */
    private static double span(JsonNode events) {
        if (events.isEmpty()) {
            return 0;
        }
        return Duration.between(Instant.parse(events.get(0).path("at").asText()),
                Instant.parse(events.get(events.size() - 1).path("at").asText())).toMillis() / 1e3;
    }

    /** An audit trail on one line: seconds since the first event, type, outcome and node of each. */
    private String trail(String id) {
        JsonNode events = api.get("/api/v1/orders/" + id + "/events");
        StringJoiner line = new StringJoiner(" · ");
        Instant first = events.isEmpty() ? null : Instant.parse(events.get(0).path("at").asText());
        for (JsonNode event : events) {
            double at = Duration.between(first, Instant.parse(event.path("at").asText())).toMillis() / 1e3;
            line.add(String.format("+%.1fs %s %s%s", at, event.path("type").asText(), event.path("outcome").asText(),
                    event.path("node").isTextual() ? " " + event.path("node").asText() : ""));
        }
        return line.toString();
    }

    /** OnHold, yet every shipment not refused has shipped: the vendor took the work the exception is about. */
    private static boolean heldThoughShipped(JsonNode order) {
        List<String> live = new ArrayList<>();
        order.path("shipments").forEach(s -> {
            if (!"Rejected".equals(s.path("state").asText())) {
                live.add(s.path("state").asText());
            }
        });
        return "OnHold".equals(order.path("state").asText()) && !live.isEmpty()
                && live.stream().allMatch("Shipped"::equals);
    }

    private static double pct(List<Double> sorted, double q) {
        return sorted.get(Math.max(0, (int) Math.ceil(q * sorted.size()) - 1));
    }
}
