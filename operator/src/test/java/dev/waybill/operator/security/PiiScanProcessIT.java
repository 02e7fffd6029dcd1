package dev.waybill.operator.security;

import com.fasterxml.jackson.databind.JsonNode;
import dev.waybill.operator.OperatorProcess;
import dev.waybill.operator.OperatorTestEnvironment;
import dev.waybill.operator.WiredSimulator;
import dev.waybill.testkit.SimulatorProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Personal data never reaches a place people or machines read. Orders carrying {@link PlantedPii} go through the
 * operator (one process, logging dev.waybill at DEBUG) on the paths where data leaks: an order that ships, with a
 * webhook that names the recipient and one whose status does; a vendor that refuses and quotes the request back
 * (upper-cased too); a vendor outage; an unknown outcome; an OrderSource order that is cancelled (vendor cancel,
 * payment void); a routing policy whose CEL fails on the order's postal code; intake refusals of bodies full of
 * personal data. Then every place is scanned for the data in any of its forms: the operator's log, the waybill
 * resources with their status, the namespace's Events, the exception queue, the audit trails, the orders as the
 * API shows them, the metrics and every answer the API gave. What the vendors received shows the data did travel,
 * and each place is checked to hold what the flow wrote there, so a clean scan is masking, not an empty flow.
 */
class PiiScanProcessIT {

    private static final String NAMESPACE = OperatorTestEnvironment.NAMESPACE;
    private static WiredSimulator vendors;
    private static SimulatorProcess simulator;
    private static OperatorProcess operator;
    private static OperatorCalls calls;

    @BeforeAll
    static void start() throws IOException {
        vendors = WiredSimulator.start();
        simulator = vendors.simulator();
        operator = vendors.startOperator("pii-scan", Map.of("WAYBILL_KPI_INTERVAL", "1s",
                "QUARKUS_LOG_CATEGORY__DEV_WAYBILL__LEVEL", "DEBUG"));
        calls = new OperatorCalls(vendors.port());
    }

    @AfterAll
    static void stop() throws InterruptedException {
        OperatorTestEnvironment.kubectl().run("delete", "-n", NAMESPACE, "--ignore-not-found", "rp",
                PiiScenarios.ZIP_RANGE_POLICY_NAME);
        WiredSimulator.stop(operator);
        if (vendors != null) {
            vendors.close();
        }
    }

    @Test
    void noPlaceShowsThePersonalDataOfTheOrders() throws IOException {
        Map<String, String> orders = new PiiScenarios(calls, simulator).run();

        String received = simulator.get("/_sim/received");
        assertThat(received).as("the vendors received the planted data: the scan below has something to miss")
                .contains(PlantedPii.NAME, PlantedPii.LINE1).doesNotContain(PlantedPii.EMAIL);

        Map<String, String> places = places(orders);
        keepForInspection(places);
        places.forEach((place, text) -> assertThat(text).as(place + " holds what the flow wrote").isNotBlank());
        assertThat(places.get("operator log")).contains(" DEBUG ").contains(orders.get("shipped"));
        assertThat(places.get("waybill resources")).contains("kind: AdapterContract", "kpis:", "assigned:");
        assertThat(places.get("events")).contains("kind: Event", "reason:");
        assertThat(places.get("exception queue")).contains("NonRetryableVendorError", "UnknownOutcome",
                "UNPROCESSABLE", "****");
        assertThat(places.get("audit trails")).contains("VendorEvent", "UnmappedStatus", "Compensated",
                "DispatchFailed", "EvaluationError");
        assertThat(places.get("metrics")).contains("waybill_");
        assertThat(places.get("API answers")).contains("\"status\":422", "customer.email");

        Map<String, List<String>> leaks = new LinkedHashMap<>();
        places.forEach((place, text) -> {
            List<String> found = PlantedPii.foundIn(text);
            if (!found.isEmpty()) {
                leaks.put(place, found);
            }
        });
        assertThat(leaks).as("personal data found, by place").isEmpty();
    }

    /** Each place people or machines read, as text. */
    private static Map<String, String> places(Map<String, String> orders) throws IOException {
        Map<String, String> places = new LinkedHashMap<>();
        places.put("operator log", Files.readString(operator.log()));
        places.put("waybill resources", kubectl("get", "waybill", "-n", NAMESPACE, "-o", "yaml"));
        places.put("events", kubectl("get", "events", "-n", NAMESPACE, "-o", "yaml"));
        HttpResponse<String> queue = calls.get("/api/v1/exceptions?state=all&limit=500");
        StringBuilder exceptions = new StringBuilder(queue.body());
        for (JsonNode exception : OperatorCalls.json(queue)) {
            exceptions.append('\n').append(calls.get("/api/v1/exceptions/" + exception.path("id").asText()).body());
        }
        places.put("exception queue", exceptions.toString());
        StringBuilder trails = new StringBuilder();
        StringBuilder views = new StringBuilder();
        for (String id : orders.values()) {
            trails.append(calls.get("/api/v1/orders/" + id + "/events").body()).append('\n');
            views.append(calls.get("/api/v1/orders/" + id).body()).append('\n');
        }
        places.put("audit trails", trails.toString());
        places.put("orders", views.toString());
        places.put("metrics", calls.get("/q/metrics").body());
        places.put("API answers", String.join("\n", calls.answers()));
        return places;
    }

    /** What was scanned, under target/pii-scan/, for a person to read when the scan fails. */
    private static void keepForInspection(Map<String, String> places) throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "pii-scan"));
        for (Map.Entry<String, String> place : places.entrySet()) {
            Files.writeString(dir.resolve(place.getKey().replace(' ', '-') + ".txt"), place.getValue());
        }
    }

    private static String kubectl(String... args) {
        return OperatorTestEnvironment.kubectl().run(args).orThrow().stdout();
    }
}
