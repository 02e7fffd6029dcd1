package dev.waybill.operator.routing;

import dev.waybill.adapter.model.CanonicalOrder;
import dev.waybill.adapter.model.OrderJson;
import dev.waybill.operator.model.CompiledModel;
import dev.waybill.operator.model.CompiledNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import static dev.waybill.operator.routing.RoutingFixtures.NOW;
import static dev.waybill.operator.routing.RoutingFixtures.NS;
import static dev.waybill.operator.routing.RoutingFixtures.model;
import static dev.waybill.operator.routing.RoutingFixtures.node;
import static dev.waybill.operator.routing.RoutingFixtures.order;
import static dev.waybill.operator.routing.RoutingFixtures.policy;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Routing benchmark (make bench, never make test): 1,000 nodes in two time zones, a 20-line order with a promise;
 * prints microseconds per decision with the full explanation, when every node is a candidate and when a selector
 * leaves 100. Goal: well under a millisecond.
 */
class RouterBench {

    private static final int WARMUP = 20_000;
    private static final int MEASURED = 20_000;

    @Test
    void thousandNodesTwentyLines() {
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
        StockLevels stock = (node, sku) -> OptionalInt.of(5);

        report("1,000 candidates", model(nodes, List.of(policy("p").build())), order, stock);
        report("100 of 1,000 selected", model(nodes, List.of(policy("p").selector("tier", "dc").build())),
                order, stock);
    }

    private static void report(String label, CompiledModel model, CanonicalOrder order, StockLevels stock) {
        Map<String, Object> asMap = OrderJson.toMap(order);
        RouteRequest request = new RouteRequest(model, NS, order, asMap, NOW, NodeLoad.IDLE, stock);
        Router router = new Router();
        RouteResult result = null;
        for (int i = 0; i < WARMUP; i++) {
            result = router.decide(request);
        }
        long start = System.nanoTime();
        for (int i = 0; i < MEASURED; i++) {
            result = router.decide(request);
        }
        double micros = (System.nanoTime() - start) / 1000.0 / MEASURED;
        assertThat(result.decision()).isInstanceOf(RouteDecision.Routed.class);
        System.out.printf("RouterBench %-24s %8.1f us per decision (%s)%n", label, micros,
                result.explanation().summary());
    }
}
