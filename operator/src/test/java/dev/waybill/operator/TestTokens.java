package dev.waybill.operator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The API tokens the tests run with: one token holding every role (sent by default by RestAssured and by the
 * process tests' clients) and one per role for the authorization matrix.
 */
public final class TestTokens {

    public static final String ALL = "it-token-all-roles-0001";
    public static final String INTAKE = "it-token-intake-only-0002";
    public static final String READ = "it-token-read-only-00003";
    public static final String OPERATIONS = "it-token-operations-0004";
    /** An intake token for the web-us channel only. */
    public static final String WEB_US = "it-token-intake-web-us-05";
    public static final String AUTHORIZATION = "Bearer " + ALL;

    private TestTokens() {
    }

    /** Writes the tokens file (once per JVM is enough; writing again is harmless) and returns its path. */
    public static synchronized Path file() {
        Path file = Path.of("target", "api-tokens").toAbsolutePath();
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, String.join("\n",
                    "# tokens of the test runs",
                    ALL + " intake,operations,read",
                    INTAKE + " intake",
                    READ + " read",
                    OPERATIONS + " operations",
                    WEB_US + " intake channel=web-us", ""));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
