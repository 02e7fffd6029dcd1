package dev.waybill.operator.routing;

import dev.waybill.adapter.model.CanonicalOrder;
import dev.waybill.adapter.model.OrderJson;
import dev.waybill.operator.model.CompiledModel;
import dev.waybill.operator.model.CompiledNode;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import java.util.Map;
import java.util.OptionalInt;

import static dev.waybill.operator.routing.RoutingFixtures.NOW;
import static dev.waybill.operator.routing.RoutingFixtures.NS;
import static dev.waybill.operator.routing.RoutingFixtures.model;
import static dev.waybill.operator.routing.RoutingFixtures.node;
import static dev.waybill.operator.routing.RoutingFixtures.order;
import static dev.waybill.operator.routing.RoutingFixtures.policy;

/**
 * Routing benchmark (JMH, run by {@code make bench}, never by {@code make test}): one decision, with the full
 * explanation, over 1,000 nodes in two time zones for a 20-line order with a promise; sampled so the report shows
 * p50 and p99. Goal: p99 at most 2 ms. Two shapes: every node a candidate, and a selector leaving 100.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RouterBench {

    @Param({"all", "selector"})
    public String candidates;

    private Router router;
    private RouteRequest request;

    @Setup
    public void setUp() {
        List<CompiledNode> nodes = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            nodes.add(node(String.format("n-%04d", i)).at(30 + (i % 20), -120 + (i / 20.0))
                    .cost(Integer.toString(3 + i % 7)).capacity(1000, 500)
                    .cutoff("14:00", i % 2 == 0 ? "America/Chicago" : "Europe/Berlin")
                    .label("tier", i % 10 == 0 ? "dc" : "store").build());
        }
        RoutingFixtures.OrderBuilder builder = order("SO-BENCH").promisedBy("2026-12-10T00:00:00Z");
        for (int line = 1; line <= 20; line++) {
            builder.line(Integer.toString(line), "SKU-" + line, 1);
        }
        CanonicalOrder order = builder.build();
        var policy = candidates.equals("all") ? policy("p").build() : policy("p").selector("tier", "dc").build();
        StockLevels stock = (node, sku) -> OptionalInt.of(5);
        request = new RouteRequest(model(nodes, List.of(policy)), NS, order, OrderJson.toMap(order), NOW,
                NodeLoad.IDLE, stock);
        router = new Router();
        if (!(router.decide(request).decision() instanceof RouteDecision.Routed)) {
            throw new IllegalStateException("the benchmark order must route");
        }
    }

    @Benchmark
    public RouteResult decide() {
        return router.decide(request);
    }
}
