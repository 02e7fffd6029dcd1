package dev.waybill.testkit;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the repository root from a test, whichever module it runs in. */
public final class Repo {

    private Repo() {
    }

    /** The repository root: the one holding hack/control-plane.sh. */
    public static Path root() {
        String configured = System.getProperty("testkit.repo.root");
        if (configured != null && Files.exists(Path.of(configured, "hack", "control-plane.sh"))) {
            return Path.of(configured).toAbsolutePath();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("hack/control-plane.sh"))) {
                return dir;
            }
        }
        throw new IllegalStateException("hack/control-plane.sh not found above " + Path.of("").toAbsolutePath());
    }

    /** A path relative to the repository root. */
    public static Path path(String relative) {
        return root().resolve(relative);
    }
}
