package dev.waybill.adapter.testing;

import com.fasterxml.jackson.databind.MappingIterator;
import dev.waybill.api.v1alpha1.contract.AdapterContract;
import dev.waybill.testkit.Repo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The example resources of {@code examples/}: the four contracts, their credentials and the sample orders. */
public final class ExampleContracts {

    private ExampleContracts() {
    }

    /** The AdapterContracts of examples/contracts.yaml by name, in file order. */
    public static Map<String, AdapterContract> contracts() {
        try (MappingIterator<AdapterContract> docs = TestContracts.YAML.readerFor(AdapterContract.class)
                .readValues(Repo.path("examples/contracts.yaml").toFile())) {
            Map<String, AdapterContract> byName = new LinkedHashMap<>();
            for (AdapterContract contract : docs.readAll()) {
                byName.put(contract.getMetadata().getName(), contract);
            }
            return byName;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The values of examples/secrets.yaml: secret name, then key, then value. */
    @SuppressWarnings("unchecked")
    public static Map<String, Map<String, String>> secrets() {
        try (MappingIterator<Map<String, Object>> docs = TestContracts.YAML.readerFor(Map.class)
                .readValues(Repo.path("examples/secrets.yaml").toFile())) {
            Map<String, Map<String, String>> byName = new LinkedHashMap<>();
            for (Map<String, Object> doc : docs.readAll()) {
                String name = (String) ((Map<String, Object>) doc.get("metadata")).get("name");
                byName.put(name, (Map<String, String>) doc.get("stringData"));
            }
            return byName;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A sample order of examples/orders/ as nested Maps. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> order(String orderId) {
        try {
            return TestContracts.JSON.readValue(Repo.path("examples/orders/" + orderId + ".json").toFile(), Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The input of a create for one shipment holding every line of the order, at {@code node}. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> createInput(Map<String, Object> order, String shipmentId, String node) {
        List<Object> lines = ((List<Map<String, Object>>) order.get("lines")).stream()
                .map(line -> (Object) Map.of("lineId", line.get("lineId"), "sku", line.get("sku"),
                        "quantity", line.get("quantity")))
                .toList();
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("order", order);
        input.put("shipment", Map.of("id", shipmentId, "lines", lines));
        input.put("node", Map.of("name", node));
        return input;
    }
}
