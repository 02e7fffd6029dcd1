package dev.waybill.operator;

import dev.waybill.testkit.Repo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The example resources pointed at a running vendor simulator, for tests and benchmarks that dispatch orders. */
public final class SimulatedExamples {

    private SimulatedExamples() {
    }

    /**
     * A directory with examples/*.yaml whose contracts call {@code baseUrl} instead of localhost:9090, and whose
     * circuits half-open after 5 s instead of 30 s (tests wait for them).
     */
    public static Path at(String baseUrl) {
        try {
            Path dir = Files.createTempDirectory("waybill-examples");
            try (Stream<Path> files = Files.list(Repo.path("examples"))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                    String yaml = Files.readString(file).replace("http://localhost:9090", baseUrl)
                            .replaceAll("waitInOpenState: [0-9a-z]+", "waitInOpenState: 5s");
                    Files.writeString(dir.resolve(file.getFileName()), yaml);
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
