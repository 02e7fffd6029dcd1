package dev.waybill.operator;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The packaged operator (target/quarkus-app/quarkus-run.jar) as its own process, as a Deployment runs it: under the
 * operator's least-privileged identity, watching the test namespace, on a free HTTP port.
 *
 * @param log where the process writes its output
 */
public record OperatorProcess(Process process, int port, Path log) {

    /** Starts one replica; {@link OperatorTestEnvironment#start()} must have run. */
    public static OperatorProcess start(String name) throws IOException {
        // a fresh store each time: a directory left by an earlier run may hold an older schema
        Path data = Files.createTempDirectory(Path.of("target").toAbsolutePath(), name + "-data");
        return start(name, Map.of("WAYBILL_DATA_DIR", data.toString()));
    }

    /** Starts one replica with extra environment (e.g. its store). */
    public static OperatorProcess start(String name, Map<String, String> env) throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = Path.of("target", name + ".log").toAbsolutePath();
        ProcessBuilder builder = new ProcessBuilder("java", "-jar",
                Path.of("target", "quarkus-app", "quarkus-run.jar").toAbsolutePath().toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("KUBECONFIG", OperatorTestEnvironment.operatorKubeconfig().toString());
        builder.environment().put("WAYBILL_NAMESPACES", OperatorTestEnvironment.NAMESPACE);
        builder.environment().put("WAYBILL_LEADER_ELECTION_LEASE_NAMESPACE", OperatorTestEnvironment.NAMESPACE);
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        builder.environment().put("WAYBILL_API_TOKENS", TestTokens.file().toString());
        builder.environment().putAll(env);
        return new OperatorProcess(builder.start(), port, log);
    }
}
