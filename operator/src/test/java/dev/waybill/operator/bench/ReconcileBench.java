package dev.waybill.operator.bench;

import dev.waybill.api.v1alpha1.contract.AdapterContract;
import dev.waybill.api.v1alpha1.meta.Condition;
import dev.waybill.api.v1alpha1.meta.ResourceStatus;
import dev.waybill.api.v1alpha1.node.FulfillmentNode;
import dev.waybill.api.v1alpha1.policy.RoutingPolicy;
import dev.waybill.operator.OperatorProcess;
import dev.waybill.operator.OperatorTestEnvironment;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.Watch;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.WatcherException;
import io.fabric8.kubernetes.client.utils.Serialization;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reconcile benchmark (make bench, never make test): 20 contracts, 1,000 nodes and 50 policies applied at once to
 * a real API server; prints the seconds until every one is Ready and the operator's writes per resource, counted
 * from watch events. Goal: at most 60 s and at most 3 writes each.
 */
class ReconcileBench {

    private static final int CONTRACTS = 20;
    private static final int NODES = 1000;
    private static final int POLICIES = 50;

    private final Map<String, AtomicInteger> writes = new ConcurrentHashMap<>();

    @Test
    void thousandNodesFiftyPoliciesTwentyContracts() throws Exception {
        OperatorTestEnvironment environment = new OperatorTestEnvironment();
        environment.start();
        OperatorProcess operator = OperatorProcess.start("bench-operator");
        try (KubernetesClient admin = OperatorTestEnvironment.admin()) {
            List<Watch> watches = List.of(watch(admin, AdapterContract.class), watch(admin, FulfillmentNode.class),
                    watch(admin, RoutingPolicy.class));
            long start = System.nanoTime();
            create(admin, resources());
            long created = System.nanoTime();
            waitUntilAllReady(admin);
            double seconds = (System.nanoTime() - start) / 1e9;
            Thread.sleep(5000); // late writes still count
            watches.forEach(Watch::close);
            report(seconds, (created - start) / 1e9);
        } finally {
            operator.process().destroy();
            operator.process().waitFor(20, TimeUnit.SECONDS);
            environment.stop();
        }
    }

    private List<HasMetadata> resources() {
        List<HasMetadata> all = new ArrayList<>();
        for (int i = 0; i < CONTRACTS; i++) {
            all.add(load(AdapterContract.class, """
                    { "apiVersion": "waybill.dev/v1alpha1", "kind": "AdapterContract", "metadata": { "name": "bench-c%d" },
                      "spec": { "schemaVersion": "1", "baseUrl": "http://localhost:9090/v%d",
                        "operations": { "create": { "method": "POST", "path": "/orders",
                          "request": "{ \\"ref\\": shipment.id, \\"items\\": [shipment.lines.{ \\"sku\\": sku }] }" } } } }
                    """.formatted(i, i)));
        }
        for (int i = 0; i < NODES; i++) {
            all.add(load(FulfillmentNode.class, """
                    { "apiVersion": "waybill.dev/v1alpha1", "kind": "FulfillmentNode",
                      "metadata": { "name": "bench-n%d", "labels": { "bench-region": "r%d" } },
                      "spec": { "type": "Store", "location": { "country": "US", "latitude": 40.0, "longitude": -90.0 },
                        "capabilities": ["FullCancellation"], "adapterRef": { "name": "bench-c%d" } } }
                    """.formatted(i, i % 10, i % CONTRACTS)));
        }
        for (int i = 0; i < POLICIES; i++) {
            all.add(load(RoutingPolicy.class, """
                    { "apiVersion": "waybill.dev/v1alpha1", "kind": "RoutingPolicy", "metadata": { "name": "bench-p%d" },
                      "spec": { "priority": %d, "match": "order.shipTo.country == 'US' && order.lines.size() > %d",
                        "candidates": { "nodeSelector": { "matchLabels": { "bench-region": "r%d" } } } } }
                    """.formatted(i, i, i % 3, i % 10)));
        }
        return all;
    }

    private static <T extends HasMetadata> T load(Class<T> kind, String json) {
        return Serialization.unmarshal(json, kind);
    }

    private static void create(KubernetesClient admin, List<HasMetadata> resources) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        resources.forEach(r -> pool.submit(() -> admin.resource(r).inNamespace(OperatorTestEnvironment.NAMESPACE).create()));
        pool.shutdown();
        pool.awaitTermination(5, TimeUnit.MINUTES);
    }

    private <T extends CustomResource<?, ? extends ResourceStatus>> Watch watch(KubernetesClient admin, Class<T> kind) {
        return admin.resources(kind).inNamespace(OperatorTestEnvironment.NAMESPACE).watch(new Watcher<>() {
            @Override
            public void eventReceived(Action action, T resource) {
                if (action == Action.MODIFIED && resource.getMetadata().getName().startsWith("bench-")) {
                    writes.computeIfAbsent(kind.getSimpleName() + "/" + resource.getMetadata().getName(),
                            k -> new AtomicInteger()).incrementAndGet();
                }
            }

            @Override
            public void onClose(WatcherException cause) {
            }
        });
    }

    private static void waitUntilAllReady(KubernetesClient admin) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            long ready = countReady(admin, AdapterContract.class) + countReady(admin, FulfillmentNode.class)
                    + countReady(admin, RoutingPolicy.class);
            if (ready == CONTRACTS + NODES + POLICIES) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("not all resources Ready within 5 minutes");
    }

    private static <T extends CustomResource<?, ? extends ResourceStatus>> long countReady(KubernetesClient admin,
                                                                                           Class<T> kind) {
        return admin.resources(kind).inNamespace(OperatorTestEnvironment.NAMESPACE).list().getItems().stream()
                .filter(r -> r.getMetadata().getName().startsWith("bench-"))
                .filter(r -> r.getStatus() != null && r.getStatus().condition("Ready")
                        .map(c -> c.status == Condition.Status.True).orElse(false))
                .count();
    }

    private void report(double seconds, double applySeconds) {
        int total = CONTRACTS + NODES + POLICIES;
        System.out.printf("%n== reconcile benchmark: %d contracts, %d nodes, %d policies%n", CONTRACTS, NODES, POLICIES);
        System.out.printf("applied in %.1f s; all Ready after %.1f s (goal <= 60 s)%n", applySeconds, seconds);
        for (String kind : List.of("AdapterContract", "FulfillmentNode", "RoutingPolicy")) {
            var counts = writes.entrySet().stream().filter(e -> e.getKey().startsWith(kind + "/"))
                    .mapToInt(e -> e.getValue().get()).summaryStatistics();
            System.out.printf("%-16s operator writes per resource: mean %.2f, max %d%n", kind,
                    counts.getCount() == 0 ? 0.0 : counts.getAverage(), counts.getCount() == 0 ? 0 : counts.getMax());
        }
        int sum = writes.values().stream().mapToInt(AtomicInteger::get).sum();
        System.out.printf("all: %.2f writes per resource (goal <= 3)%n", sum / (double) total);
    }
}
