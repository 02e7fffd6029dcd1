package dev.waybill.adapter.vendors;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.waybill.adapter.connector.ContractDefinition;
import dev.waybill.adapter.connector.Credential;
import dev.waybill.adapter.expression.ExpressionException;
import dev.waybill.adapter.rest.RestConnector;
import dev.waybill.adapter.testing.ExampleContracts;
import dev.waybill.adapter.testing.TestContracts;
import dev.waybill.adapter.webhook.WebhookReader;
import dev.waybill.api.v1alpha1.contract.AdapterContractSpec;
import dev.waybill.api.v1alpha1.meta.SecretKeyRef;
import dev.waybill.testkit.SimulatorProcess;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The packaged vendor simulator, started once for all ITs of this module, with a local HTTP server standing in for
 * Waybill's webhook endpoint ({@code SIM_CALLBACK_BASE}), and the example contracts pointed at it with the example
 * credentials.
 */
final class SimulatedVendors {

    /** A webhook as it reached us. */
    record Delivery(Map<String, List<String>> headers, byte[] body) {
    }

    private static SimulatedVendors shared;

    private final HttpServer receiver;
    private final Map<String, BlockingQueue<Delivery>> deliveries = new ConcurrentHashMap<>();
    private final SimulatorProcess simulator;

    private SimulatedVendors() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hooks/", this::receive);
        receiver.start();
        simulator = SimulatorProcess.start("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> receiver.stop(0), "webhook-receiver-stop"));
    }

    static synchronized SimulatedVendors shared() {
        if (shared == null) {
            try {
                shared = new SimulatedVendors();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shared;
    }

    SimulatorProcess simulator() {
        return simulator;
    }

    /** Forgets everything the simulator holds and every webhook received so far. */
    void reset() {
        simulator.reset();
        simulator.timing("{\"auto\":false}");
        deliveries.clear();
    }

    /** The example contract {@code name} against the simulator, its spec changed by {@code tweak}. */
    ContractDefinition contract(String name, Consumer<AdapterContractSpec> tweak) {
        AdapterContractSpec spec = ExampleContracts.contracts().get(name).getSpec();
        spec.baseUrl = simulator.url(name);
        tweak.accept(spec);
        Optional<Credential> webhookSecret = Optional.ofNullable(spec.events).map(events -> events.signature)
                .map(signature -> secret(signature.secretRef));
        try {
            return ContractDefinition.compile(name, spec,
                    Optional.ofNullable(spec.auth).map(auth -> auth.secretRef).map(SimulatedVendors::secret),
                    webhookSecret);
        } catch (ExpressionException e) {
            throw new IllegalStateException(e);
        }
    }

    RestConnector connector(String name) {
        return connector(name, spec -> { });
    }

    RestConnector connector(String name, Consumer<AdapterContractSpec> tweak) {
        return RestConnector.create(contract(name, tweak), Clock.systemUTC());
    }

    WebhookReader webhooks(String name) {
        return WebhookReader.create(contract(name, spec -> { }), Clock.systemUTC());
    }

    /** Waits for the first webhook from {@code vendor} whose body matches. */
    Delivery awaitWebhook(String vendor, Predicate<JsonNode> matching, Duration within) throws Exception {
        BlockingQueue<Delivery> queue = deliveries.computeIfAbsent(vendor, v -> new LinkedBlockingQueue<>());
        long deadline = System.nanoTime() + within.toNanos();
        List<Delivery> others = new ArrayList<>();
        try {
            while (System.nanoTime() < deadline) {
                Delivery delivery = queue.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (delivery != null && matching.test(TestContracts.JSON.readTree(delivery.body()))) {
                    return delivery;
                }
                if (delivery != null) {
                    others.add(delivery);
                }
            }
            throw new AssertionError("no matching webhook from " + vendor + " within " + within);
        } finally {
            queue.addAll(others);
        }
    }

    /** The ledger entry of {@code vendor} for our {@code reference}. */
    JsonNode ledger(String vendor, String reference) throws IOException {
        for (JsonNode entry : TestContracts.JSON.readTree(simulator.ledgerJson())) {
            if (entry.path("vendor").asText().equals(vendor) && entry.path("reference").asText().equals(reference)) {
                return entry;
            }
        }
        throw new AssertionError("no ledger entry of " + vendor + " for " + reference + ": " + simulator.ledgerJson());
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (exchange) {
            String vendor = exchange.getRequestURI().getPath().substring("/hooks/".length());
            byte[] body = exchange.getRequestBody().readAllBytes();
            deliveries.computeIfAbsent(vendor, v -> new LinkedBlockingQueue<>())
                    .add(new Delivery(Map.copyOf(exchange.getRequestHeaders()), body));
            exchange.sendResponseHeaders(200, -1);
        }
    }

    private static Credential secret(SecretKeyRef ref) {
        return new Credential(ExampleContracts.secrets().get(ref.name).get(ref.key));
    }
}
