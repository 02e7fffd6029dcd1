package dev.waybill.operator.helm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.waybill.testkit.Repo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;

/** The objects of a multi-document YAML stream (helm's output), found by kind and name. */
record Manifests(String yaml, List<JsonNode> objects) {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    static Manifests parse(String yaml) {
        try (MappingIterator<JsonNode> docs = YAML.readerFor(JsonNode.class).readValues(yaml)) {
            List<JsonNode> objects = docs.readAll().stream()
                    .filter(doc -> doc != null && doc.isObject() && doc.has("kind"))
                    .toList();
            return new Manifests(yaml, objects);
        } catch (IOException e) {
            throw new AssertionError("helm printed YAML that does not parse:\n" + yaml, e);
        }
    }

    /** The YAML of a file, as one tree. */
    static JsonNode read(Path file) {
        try {
            return YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The RBAC rules of helm/waybill/files/{@code name}.yaml, as a tree. */
    static JsonNode rules(String name) {
        return read(Repo.path("helm/waybill/files/" + name + ".yaml"));
    }

    /** Every object of this kind. */
    List<JsonNode> all(String kind) {
        return objects.stream().filter(o -> kind.equals(o.path("kind").asText())).toList();
    }

    /** The one object of this kind and name; fails naming what there is instead. */
    JsonNode one(String kind, String name) {
        List<JsonNode> found = all(kind).stream()
                .filter(o -> name.equals(o.path("metadata").path("name").asText())).toList();
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " " + kind + " named " + name + " among " + names());
        }
        return found.get(0);
    }

    /** kind/namespace/name of every object, for failure messages. */
    List<String> names() {
        return objects.stream().map(o -> o.path("kind").asText() + "/"
                + o.path("metadata").path("namespace").asText("-") + "/"
                + o.path("metadata").path("name").asText()).toList();
    }

    /** A JSON text as a tree (the dashboard, helm's -o json). */
    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new AssertionError("not JSON:\n" + text, e);
        }
    }

    /** The strings of an array of strings. */
    static List<String> strings(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    /** The values of a field over an array, e.g. the names of a Deployment's env. */
    static List<String> texts(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false).map(n -> n.path(field).asText()).toList();
    }

    /** The element of an array whose {@code field} is {@code value}; fails when there is none. */
    static JsonNode element(JsonNode array, String field, String value) {
        return StreamSupport.stream(array.spliterator(), false)
                .filter(n -> value.equals(n.path(field).asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no element with " + field + "=" + value + " in " + array));
    }
}
