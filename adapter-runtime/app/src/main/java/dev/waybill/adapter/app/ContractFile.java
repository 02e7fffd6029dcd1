package dev.waybill.adapter.app;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.waybill.api.v1alpha1.contract.AdapterContractSpec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Reads the contract file the operator mounts at {@code /etc/waybill/contract.json}:
 * {@code {apiVersion, name, namespace, spec}}, the spec in the AdapterContract's own JSON form. A field this release
 * does not know is an error rather than ignored: an adapter image older than its operator must not silently drop a
 * setting it cannot honour.
 */
public final class ContractFile {

    /** The only API version this release reads. */
    public static final String API_VERSION = "waybill.dev/v1alpha1";
    static final String FILE = "(file)";

    private static final ObjectMapper JSON = new ObjectMapper();

    private ContractFile() {
    }

    /**
     * Reads and checks {@code file}.
     *
     * @throws ContractFileException naming the field that is missing or invalid
     */
    public static LoadedContract read(Path file) {
        String where = file.toString();
        JsonNode tree = parse(where, file);
        if (!tree.isObject()) {
            throw new ContractFileException(where, FILE, "must be a JSON object {apiVersion, name, namespace, spec}");
        }
        String apiVersion = text(where, tree, "apiVersion", false);
        if (apiVersion != null && !apiVersion.equals(API_VERSION)) {
            throw new ContractFileException(where, "apiVersion", "must be " + API_VERSION + ", not " + apiVersion);
        }
        String name = text(where, tree, "name", true);
        String namespace = text(where, tree, "namespace", false);
        JsonNode spec = tree.get("spec");
        if (spec == null || !spec.isObject()) {
            throw new ContractFileException(where, "spec", spec == null ? "is required" : "must be an object");
        }
        AdapterContractSpec read = spec(where, spec);
        SpecChecks.check(read).ifPresent(problem -> {
            throw new ContractFileException(where, problem.field(), problem.message());
        });
        return new LoadedContract(apiVersion, name, namespace, read);
    }

    private static JsonNode parse(String where, Path file) {
        try {
            JsonNode tree = JSON.readTree(Files.readAllBytes(file));
            if (tree == null || tree.isMissingNode()) {
                throw new ContractFileException(where, FILE, "is empty");
            }
            return tree;
        } catch (NoSuchFileException e) {
            throw new ContractFileException(where, FILE, "does not exist (set WAYBILL_CONTRACT_FILE)");
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new ContractFileException(where, FILE, "is not valid JSON"
                    + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
        } catch (IOException e) {
            throw new ContractFileException(where, FILE, "cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static String text(String where, JsonNode tree, String field, boolean required) {
        JsonNode node = tree.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                throw new ContractFileException(where, field, "is required");
            }
            return null;
        }
        if (!node.isTextual() || node.textValue().isBlank()) {
            throw new ContractFileException(where, field, "must be a non-empty string");
        }
        return node.textValue();
    }

    private static AdapterContractSpec spec(String where, JsonNode spec) {
        try {
            return JSON.treeToValue(spec, AdapterContractSpec.class);
        } catch (UnrecognizedPropertyException e) {
            throw new ContractFileException(where, path(e), "is not a field of this release's AdapterContract");
        } catch (MismatchedInputException e) {
            Class<?> type = e.getTargetType();
            throw new ContractFileException(where, path(e), type != null && type.isEnum()
                    ? "must be one of " + Arrays.toString(type.getEnumConstants())
                    : "has the wrong type" + (type == null ? "" : " (expected " + type.getSimpleName() + ")"));
        } catch (JsonProcessingException e) {
            throw new ContractFileException(where, path(e), "is invalid (" + e.getOriginalMessage() + ")");
        }
    }

    /** {@code spec.operations.create.method}, from where Jackson stopped. */
    private static String path(JsonProcessingException e) {
        if (!(e instanceof JsonMappingException mapping)) {
            return "spec";
        }
        return "spec" + mapping.getPath().stream()
                .map(step -> step.getFieldName() != null ? "." + step.getFieldName() : "[" + step.getIndex() + "]")
                .collect(Collectors.joining());
    }
}
