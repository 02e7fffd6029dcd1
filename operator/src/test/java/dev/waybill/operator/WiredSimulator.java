package dev.waybill.operator;

import dev.waybill.testkit.SimulatorProcess;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * What the process ITs stand on: the local API server, the vendor simulator sending its webhooks to a port reserved
 * for the operator, and the example resources applied against that simulator. Operator processes are then started
 * (and killed, and started again) on that port.
 */
public final class WiredSimulator implements AutoCloseable {

    private final OperatorTestEnvironment environment;
    private final SimulatorProcess simulator;
    private final int port;

    private WiredSimulator(OperatorTestEnvironment environment, SimulatorProcess simulator, int port) {
        this.environment = environment;
        this.simulator = simulator;
        this.port = port;
    }

    public static WiredSimulator start() throws IOException {
        OperatorTestEnvironment environment = new OperatorTestEnvironment();
        environment.start();
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        SimulatorProcess simulator = SimulatorProcess.start("http://localhost:" + port + "/api/v1/webhooks/"
                + OperatorTestEnvironment.NAMESPACE);
        OperatorTestEnvironment.kubectl().run("apply", "-n", OperatorTestEnvironment.NAMESPACE, "-f",
                SimulatedExamples.at(simulator.baseUrl()).toString()).orThrow();
        return new WiredSimulator(environment, simulator, port);
    }

    /** The operator's port, where the simulator's webhooks go. */
    public int port() {
        return port;
    }

    public SimulatorProcess simulator() {
        return simulator;
    }

    /**
     * An operator process on {@link #port()}, ready; with a fresh store unless {@code env} names one (a restart
     * after a crash names the crashed process's).
     */
    public OperatorProcess startOperator(String name, Map<String, String> env) throws IOException {
        Map<String, String> all = new HashMap<>(env);
        all.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        if (!all.containsKey("WAYBILL_DATA_DIR")) {
            all.put("WAYBILL_DATA_DIR", Files.createTempDirectory(Path.of("target").toAbsolutePath(), name + "-data")
                    .toString());
        }
        OperatorProcess operator = OperatorProcess.start(name, all);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).ignoreExceptions()
                .until(() -> http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/q/health/ready")).timeout(Duration.ofSeconds(10)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
        return operator;
    }

    /** Stops an operator as Kubernetes would (SIGTERM, then waits). */
    public static void stop(OperatorProcess operator) throws InterruptedException {
        if (operator != null) {
            operator.process().destroy();
            operator.process().waitFor(20, TimeUnit.SECONDS);
        }
    }

    @Override
    public void close() {
        simulator.close();
        environment.stop();
    }
}
