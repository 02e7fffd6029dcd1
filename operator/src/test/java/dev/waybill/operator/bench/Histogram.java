package dev.waybill.operator.bench;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Counts by label, printed largest first: {@code Shipped 812 · OnHold 188}. */
final class Histogram {

    private final Map<String, Integer> counts = new TreeMap<>();

    void add(String label) {
        counts.merge(label, 1, Integer::sum);
    }

    @Override
    public String toString() {
        if (counts.isEmpty()) {
            return "none";
        }
        return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(" · "));
    }
}
