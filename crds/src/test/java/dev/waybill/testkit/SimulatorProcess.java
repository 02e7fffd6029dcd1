package dev.waybill.testkit;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged vendor simulator (examples/vendor-simulator/target/quarkus-app/quarkus-run.jar) as its own process on
 * a free port, posting its webhooks to the callback base a test names; with shorthands for its /_sim controls.
 */
public final class SimulatorProcess implements AutoCloseable {

    private static final Duration READY_WITHIN = Duration.ofSeconds(30);
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);

    private final Process process;
    private final int port;
    private final Path log;
    private final Thread killOnExit;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private SimulatorProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
        // a test that dies before close() must not leave a simulator behind
        this.killOnExit = new Thread(process::destroyForcibly, "simulator-" + port + "-cleanup");
        Runtime.getRuntime().addShutdownHook(killOnExit);
    }

    /** Starts the simulator and waits until it is ready; webhooks go to {@code <callbackBase>/<vendor>}. */
    public static SimulatorProcess start(String callbackBase) {
        Path jar = Repo.path("examples/vendor-simulator/target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new AssertionError(jar + " is missing: build it first (mvn -pl examples/vendor-simulator package)");
        }
        int port = freePort();
        Path log = Path.of("target", "vendor-simulator-" + port + ".log").toAbsolutePath();
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(javaExecutable(), "-jar", jar.toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            builder.environment().put("SIM_PORT", String.valueOf(port));
            builder.environment().put("SIM_CALLBACK_BASE", callbackBase);
            SimulatorProcess simulator = new SimulatorProcess(builder.start(), port, log);
            simulator.awaitReady();
            return simulator;
        } catch (IOException e) {
            throw new AssertionError("could not start the simulator from " + jar, e);
        }
    }

    /** {@code http://localhost:<port>} */
    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public int port() {
        return port;
    }

    /** A vendor's base URL, e.g. {@code url("acme-3pl")} for an AdapterContract's baseUrl. */
    public String url(String vendor) {
        return baseUrl() + "/" + vendor;
    }

    /** Where the process writes its output. */
    public Path log() {
        return log;
    }

    /** GETs a path (e.g. {@code /_sim/ledger}); the body, or an AssertionError unless 2xx. */
    public String get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).GET());
    }

    /** POSTs JSON to a path; the body, or an AssertionError unless 2xx. */
    public String post(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Forgets ledger, stock, faults and pending webhooks; timing back to defaults. */
    public void reset() {
        post("/_sim/reset", "{}");
    }

    /** Replaces one vendor's faults, e.g. {@code {"vendor":"acme-3pl","errorRate":0.2}}. */
    public void faults(String json) {
        post("/_sim/faults", json);
    }

    /** Sets progression timing, e.g. {@code {"auto":false}}. */
    public void timing(String json) {
        post("/_sim/timing", json);
    }

    /** Sets a vendor's stock, e.g. {@code {"vendor":"acme-3pl","items":[{"sku":"A","available":0}]}}. */
    public void inventory(String json) {
        post("/_sim/inventory", json);
    }

    /** Every fulfillment each vendor holds, as JSON: {@code [{ vendor, vendorReference, ..., createCount }]}. */
    public String ledgerJson() {
        return get("/_sim/ledger");
    }

    /** The vendor calls received with that X-Correlation-Id, as {@code GET /_sim/requests} answers them. */
    public String requestsJson(String correlationId) {
        return get("/_sim/requests?correlationId=" + URLEncoder.encode(correlationId, StandardCharsets.UTF_8));
    }

    /** Stops the process and waits for it to end. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(killOnExit);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down; the hook runs anyway
        }
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the simulator exited with " + process.exitValue() + "\n" + logTail());
            }
            if (ready()) {
                return;
            }
            sleep(100);
        }
        close();
        throw new AssertionError("the simulator was not ready within " + READY_WITHIN + "\n" + logTail());
    }

    private boolean ready() {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(2)).GET().build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted waiting for the simulator", e);
        }
    }

    private String send(HttpRequest.Builder builder) {
        HttpRequest request = builder.timeout(CALL_TIMEOUT).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new AssertionError(request.method() + " " + request.uri() + " answered "
                        + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new AssertionError(request.method() + " " + request.uri() + " failed\n" + logTail(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted calling the simulator", e);
        }
    }

    private String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return "--- last lines of " + log + "\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log at " + log + ")";
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new AssertionError("no free port", e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted waiting for the simulator", e);
        }
    }
}
