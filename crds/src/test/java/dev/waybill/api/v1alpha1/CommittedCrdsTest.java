package dev.waybill.api.v1alpha1;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The CRD YAML committed under crds/ is exactly what the build generates from the Java classes. */
class CommittedCrdsTest {

    private static final Path GENERATED = Path.of("target", "generated-crds");
    private static final Path COMMITTED = Path.of("");

    @Test
    void committedCrdsMatchTheClasses() throws IOException {
        List<Path> generated = yamlFiles(GENERATED);
        assertThat(generated).as("the crd-generator wrote the four CRDs").hasSize(4);
        assertThat(names(yamlFiles(COMMITTED))).as("crds/ holds exactly the generated files; run `make crds`")
                .containsExactlyInAnyOrderElementsOf(names(generated));
        for (Path file : generated) {
            assertThat(Files.readString(COMMITTED.resolve(file.getFileName().toString())))
                    .as("crds/%s drifted from the Java classes; run `make crds` and commit", file.getFileName())
                    .isEqualTo(Files.readString(file));
        }
    }

    private static List<Path> yamlFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".yml") || f.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    private static List<String> names(List<Path> files) {
        return files.stream().map(f -> f.getFileName().toString()).toList();
    }
}
