package dev.waybill.adapter.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What stops the app at start, and how the error names the field. */
class ContractFileTest {

    @TempDir
    Path dir;

    @Test
    void theOperatorsRenderedContractLoads() throws IOException {
        LoadedContract contract = ContractFile.read(file(json -> json));

        assertThat(contract.name()).isEqualTo("acme-3pl");
        assertThat(contract.namespace()).isEqualTo("shop");
        assertThat(contract.spec().operations.create.path).isEqualTo("/v1/fulfillments");
    }

    @Test
    void aMissingOrBrokenFileIsNamed() throws IOException {
        assertField(dir.resolve("absent.json"), "(file)", "does not exist");
        assertField(write("{\"name\": "), "(file)", "not valid JSON");
        assertField(write("[]"), "(file)", "JSON object");
    }

    @Test
    void aMissingOrInvalidFieldIsNamed() throws IOException {
        assertField(file(json -> json.replace("\"name\": \"acme-3pl\",", "")), "name", "is required");
        assertField(file(json -> json.replace("waybill.dev/v1alpha1", "waybill.dev/v9")), "apiVersion", "v1alpha1");
        assertField(file(json -> json.replace("\"spec\"", "\"specification\"")), "spec", "is required");
        assertField(file(json -> json.replace("\"baseUrl\": \"${VENDOR_URL}\"", "\"baseUrl\": \"ftp://x\"")),
                "spec.baseUrl", "http");
        assertField(file(json -> json.replace("\"timeout\": \"2s\"", "\"timeout\": \"2 seconds\"")),
                "spec.resilience.timeout", "duration");
        assertField(file(json -> json.replace("\"method\": \"POST\"", "\"method\": \"SEND\"")),
                "spec.operations.create.method", "one of");
        assertField(file(json -> json.replace("\"statusMapping\"", "\"statusMap\"")), "spec.statusMap",
                "not a field");
    }

    @Test
    void aMappingThatDoesNotCompileIsNamedAtStart() throws IOException {
        Path file = file(json -> json.replace("{ \\\"clientReference\\\": shipment.id, \\\"city\\\"",
                "{ \\\"clientReference\\\": shipment.id, \\\"city\\\" ("));

        assertThatThrownBy(() -> new ContractAdapter(config(file, "token"), Clock.systemUTC()))
                .isInstanceOfSatisfying(ContractFileException.class,
                        e -> assertThat(e.field()).isEqualTo("spec.operations.create.request"));
    }

    @Test
    void aContractWhoseAuthNeedsACredentialDoesNotStartWithout() throws IOException {
        Path file = file(json -> json);

        assertThatThrownBy(() -> new ContractAdapter(config(file, null), Clock.systemUTC()))
                .isInstanceOf(ContractFileException.class)
                .hasMessageContaining("spec.auth.secretRef").hasMessageContaining("WAYBILL_CREDENTIAL");
    }

    private void assertField(Path file, String field, String problem) {
        assertThatThrownBy(() -> ContractFile.read(file))
                .isInstanceOfSatisfying(ContractFileException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.getMessage()).contains(file.toString()).contains(problem);
                });
    }

    private Path file(UnaryOperator<String> edit) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/contract.json")) {
            String template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return write(edit.apply(template).replace("${VENDOR_URL}", "http://127.0.0.1:9/vendor"));
        }
    }

    private Path write(String content) throws IOException {
        Path file = Files.createTempFile(dir, "contract", ".json");
        Files.writeString(file, content);
        return file;
    }

    private static AdapterConfig config(Path file, String credential) {
        return new AdapterConfig() {
            @Override
            public String contractFile() {
                return file.toString();
            }

            @Override
            public Optional<String> credential() {
                return Optional.ofNullable(credential);
            }
        };
    }
}
