package dev.waybill.operator.kpi;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Prometheus meters of one resource: every one tagged with the resource's namespace, its name (under the tag
 * its kind uses: policy, node, contract, source) and the team its {@code waybill.dev/team} label names, plus one
 * tag of its own (an outcome, a state). Counters are made on first use and kept, so the status figures read the
 * very counters Prometheus scrapes.
 */
final class ResourceMeters {

    private final MeterRegistry registry;
    private final Tags tags;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    ResourceMeters(MeterRegistry registry, Tags tags) {
        this.registry = registry;
        this.tags = tags;
    }

    /** Adds one to counter {@code name} tagged with {@code keyValues} (key, value, key, value, ...). */
    void increment(String name, String description, String... keyValues) {
        counters.computeIfAbsent(name + "|" + String.join("|", keyValues), k -> Counter.builder(name)
                .description(description).tags(tags).tags(keyValues).register(registry)).increment();
    }

    /** The total of counter {@code name} over every value of its own tags. */
    long count(String name) {
        String prefix = name + "|";
        return Math.round(counters.entrySet().stream().filter(e -> e.getKey().startsWith(prefix))
                .mapToDouble(e -> e.getValue().count()).sum());
    }

    /** The total of counter {@code name} over the series tagged {@code key=value}. */
    long count(String name, String key, String value) {
        return Math.round(counters.values().stream().filter(c -> c.getId().getName().equals(name)
                && value.equals(c.getId().getTag(key))).mapToDouble(Counter::count).sum());
    }

    /**
     * A latency histogram with the given Prometheus buckets (a dozen chosen ones rather than Micrometer's seventy
     * odd: every resource has its own series), and p50 and p99 over {@code window} when {@code percentiles}.
     */
    Timer timer(String name, String description, List<Duration> buckets, Duration window, boolean percentiles) {
        return timers.computeIfAbsent(name, n -> {
            Timer.Builder builder = Timer.builder(name).description(description).tags(tags)
                    .serviceLevelObjectives(buckets.toArray(Duration[]::new)).distributionStatisticExpiry(window);
            return (percentiles ? builder.publishPercentiles(0.5, 0.99) : builder).register(registry);
        });
    }

    /** Bucket bounds in milliseconds, as durations. */
    static List<Duration> millis(double... bounds) {
        return Arrays.stream(bounds).mapToObj(ms -> Duration.ofNanos(Math.round(ms * 1_000_000)))
                .toList();
    }

    /** Unregisters every meter made here (the resource is gone). */
    void remove() {
        counters.values().forEach(c -> registry.remove((Meter) c));
        timers.values().forEach(t -> registry.remove((Meter) t));
        counters.clear();
        timers.clear();
    }
}
