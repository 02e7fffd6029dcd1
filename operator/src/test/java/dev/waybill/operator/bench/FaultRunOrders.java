package dev.waybill.operator.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.waybill.operator.OperatorTestEnvironment;
import dev.waybill.testkit.Repo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

/**
 * The fault run's orders: the sample orders of examples/orders in turn (standard, same-day, pickup, a three-line
 * split candidate, express: between them work for every vendor), each under its own orderId and with SKUs varied
 * per round, sent open loop at a fixed rate.
 */
final class FaultRunOrders {

    /** How many SKU variants each sample SKU comes in. */
    private static final int SKU_VARIANTS = 10;

    private final List<ObjectNode> samples;
    private final String run = Long.toString(System.currentTimeMillis() % 100_000, 36).toUpperCase();

    FaultRunOrders() {
        try (Stream<Path> files = Files.list(Repo.path("examples/orders"))) {
            samples = files.filter(f -> f.getFileName().toString().matches("SO-.*\\.json")).sorted()
                    .map(FaultRunOrders::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The i-th order. The promise lies a week ahead whenever the bench runs, so the samples' fixed date never
     * decides where an order may go.
     */
    String body(int i) {
        ObjectNode order = samples.get(i % samples.size()).deepCopy();
        order.put("orderId", "FR-" + run + "-" + i);
        order.put("promisedBy", Instant.now().plus(Duration.ofDays(7)).toString());
        int variant = (i / samples.size()) % SKU_VARIANTS;
        for (JsonNode line : order.withArray("lines")) {
            ((ObjectNode) line).put("sku", line.path("sku").asText() + "-" + variant);
        }
        return order.toString();
    }

    /** Sends {@code count} orders at {@code perSecond}; the ids the operator gave them, in sending order. */
    List<String> send(JsonHttp operator, int count, int perSecond) {
        long interval = 1_000_000_000L / perSecond;
        long start = System.nanoTime();
        List<CompletableFuture<String>> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LockSupport.parkNanos(start + i * interval - System.nanoTime());
            String body = body(i);
            ids.add(operator.postAsync("/api/v1/orders?namespace=" + OperatorTestEnvironment.NAMESPACE, body)
                    .thenApply(response -> {
                        if (response.statusCode() != 202) {
                            throw new AssertionError("intake answered " + response.statusCode() + ": "
                                    + response.body() + " for " + body);
                        }
                        return JsonHttp.parse(response.body()).path("id").asText();
                    }));
        }
        return ids.stream().map(CompletableFuture::join).toList();
    }

    private static ObjectNode read(Path file) {
        try {
            return (ObjectNode) JsonHttp.JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
