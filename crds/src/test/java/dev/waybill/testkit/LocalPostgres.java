package dev.waybill.testkit;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A real PostgreSQL server from Debian's packages, started by {@code hack/postgres.sh} in a directory of its own,
 * or the one {@code WAYBILL_TEST_PG_URL} names.
 */
public final class LocalPostgres implements AutoCloseable {

    private static final String EXPORT = "export WAYBILL_TEST_PG_URL=";

    private final Path stateDir;
    private final String jdbcUrl;

    private LocalPostgres(Path stateDir, String jdbcUrl) {
        this.stateDir = stateDir;
        this.jdbcUrl = jdbcUrl;
    }

    /** The configured server, or a new one whose files live in {@code stateDir}, without fsync. */
    public static LocalPostgres start(Path stateDir) {
        return start(stateDir, false);
    }

    /** The same; {@code durable}: fsync and synchronous commit on, as a production server runs (benchmarks). */
    public static LocalPostgres start(Path stateDir, boolean durable) {
        String external = System.getenv("WAYBILL_TEST_PG_URL");
        if (external != null && !external.isBlank()) {
            return new LocalPostgres(null, external);
        }
        Shell.Result result = Shell.run(List.of(Repo.path("hack/postgres.sh").toString(), "start"),
                Map.of("WAYBILL_PG_DIR", stateDir.toAbsolutePath().toString(), "WAYBILL_PG_DURABLE", durable ? "1" : "0"),
                Duration.ofSeconds(90)).orThrow();
        String last = result.stdout().strip().lines().reduce((a, b) -> b).orElse("");
        if (!last.startsWith(EXPORT)) {
            throw new AssertionError("postgres.sh start printed no WAYBILL_TEST_PG_URL line:\n" + result);
        }
        return new LocalPostgres(stateDir, last.substring(EXPORT.length()).replace("'", "").replace("\"", ""));
    }

    /** {@code jdbc:postgresql://127.0.0.1:<port>/waybill?user=postgres} */
    public String jdbcUrl() {
        return jdbcUrl;
    }

    @Override
    public void close() {
        if (stateDir != null) {
            script("stop", stateDir, Duration.ofSeconds(60)).orThrow();
        }
    }

    private static Shell.Result script(String verb, Path stateDir, Duration timeout) {
        return Shell.run(List.of(Repo.path("hack/postgres.sh").toString(), verb),
                Map.of("WAYBILL_PG_DIR", stateDir.toAbsolutePath().toString()), timeout);
    }
}
