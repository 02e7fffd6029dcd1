package dev.waybill.operator.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.waybill.api.v1alpha1.contract.AdapterContract;
import dev.waybill.api.v1alpha1.node.FulfillmentNode;
import dev.waybill.operator.OperatorProcess;
import dev.waybill.operator.OperatorTestEnvironment;
import dev.waybill.testkit.Repo;
import dev.waybill.testkit.SimulatorProcess;
import io.fabric8.kubernetes.client.KubernetesClient;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The fault run (make bench, never make test): orders at a fixed rate through the example vendors while the
 * simulator takes 20% of creates but holds the answer past the timeout, fails 10% and throttles 5% of calls, and
 * sends 10% of webhooks twice and 10% out of order. It passes when every order settles within 10 minutes (shipped,
 * or on hold with a reason a person can read) and no vendor holds a fulfillment twice; it prints each contract's
 * retries against its retry budget. {@code FAULT_RUN_ORDERS} (1000) and {@code FAULT_RUN_RATE} (25/s) size it.
 */
class FaultRunBench {

    private static final int ORDERS = Integer.parseInt(System.getenv().getOrDefault("FAULT_RUN_ORDERS", "1000"));
    private static final int RATE = Integer.parseInt(System.getenv().getOrDefault("FAULT_RUN_RATE", "25"));
    private static final Duration SETTLE_WITHIN = Duration.ofMinutes(10);
    private static final List<String> FAULTY = List.of("acme-3pl", "corner-stores", "dropship-direct");
    private static final String FAULTS = """
            {"vendor":"%s","timeoutAfterAcceptRate":0.20,"errorRate":0.10,"rateLimitRate":0.05,
             "duplicateWebhookRate":0.10,"outOfOrderRate":0.10}""";
    private static final String NS = OperatorTestEnvironment.NAMESPACE;

    @Test
    void ordersSettleThroughFaultyVendors() throws Exception {
        OperatorTestEnvironment environment = new OperatorTestEnvironment();
        environment.start();
        OperatorProcess operator = OperatorProcess.start("bench-faults");
        // the operator's port is known once it starts, so the simulator's webhooks can be pointed at it
        try (SimulatorProcess simulator = SimulatorProcess.start("http://localhost:" + operator.port()
                + "/api/v1/webhooks/" + NS)) {
            applyExamples(simulator.baseUrl());
            VendorRetries retries = vendorRetries();
            FAULTY.forEach(vendor -> simulator.faults(FAULTS.formatted(vendor)));
            JsonHttp api = new JsonHttp("http://127.0.0.1:" + operator.port());
            long start = System.nanoTime();
            List<String> ids = new FaultRunOrders().send(api, ORDERS, RATE);
            Settlement settlement = Settlement.await(api, ids, start, SETTLE_WITHIN);
            report(api, ids, settlement, JsonHttp.parse(simulator.ledgerJson()), retries);
        } finally {
            operator.process().destroy();
            operator.process().waitFor(20, TimeUnit.SECONDS);
            environment.stop();
        }
    }

    /** examples/*.yaml with every vendor's baseUrl at the simulator; waits until each resource is Ready. */
    private static void applyExamples(String simulatorUrl) throws IOException {
        Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "fault-run-examples");
        try (Stream<Path> files = Files.list(Repo.path("examples"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                Files.writeString(dir.resolve(file.getFileName()),
                        Files.readString(file).replace("http://localhost:9090", simulatorUrl));
            }
        }
        OperatorTestEnvironment.kubectl().run("apply", "-n", NS, "-f", dir.toString()).orThrow();
        for (String kind : List.of("adaptercontracts", "fulfillmentnodes", "routingpolicies", "ordersources")) {
            OperatorTestEnvironment.kubectl().run("wait", "-n", NS, "--for=condition=Ready", "--timeout=80s",
                    kind, "--all").orThrow();
        }
    }

    /**
     * Each node's contract and each contract's retry budget, read before the run: the classes they need are loaded
     * now, not after minutes in which a parallel build may have replaced their jars.
     */
    private static VendorRetries vendorRetries() {
        try (KubernetesClient admin = OperatorTestEnvironment.admin()) {
            return new VendorRetries(admin.resources(FulfillmentNode.class).inNamespace(NS).list().getItems()
                    .stream().collect(Collectors.toMap(n -> n.getMetadata().getName(),
                            n -> n.getSpec().adapterRef.name)),
                    admin.resources(AdapterContract.class).inNamespace(NS).list().getItems().stream()
                    .collect(Collectors.toMap(c -> c.getMetadata().getName(),
                            c -> c.getSpec().resilience.retryBudgetPercent)));
        }
    }

    private static void report(JsonHttp api, List<String> ids, Settlement settlement, JsonNode ledger,
                               VendorRetries retries) {
        FaultRunReport report = new FaultRunReport(api, retries, ledger);
        ids.forEach(report::add);
        System.out.printf("%n== fault run: %d orders at %d/s, vendors %s each timing out 20%% of creates after "
                + "taking them, failing 10%%, throttling 5%%, duplicating and reordering 10%% of webhooks; 2 cores%n",
                ids.size(), RATE, String.join(", ", FAULTY));
        report.printOrders(ids.size(), settlement, SETTLE_WITHIN);
        int maxCreates = report.printLedger(FAULTY);
        report.printVendors();
        report.printUnsettled(settlement);
        if (settlement.settled() < ids.size() || maxCreates > 1) {
            throw new AssertionError("fault run failed: " + settlement.waiting().size() + " orders unsettled, max "
                    + "createCount " + maxCreates);
        }
    }
}
