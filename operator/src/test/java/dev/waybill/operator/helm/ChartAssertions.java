package dev.waybill.operator.helm;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.stream.StreamSupport;

import static dev.waybill.operator.helm.Manifests.element;
import static dev.waybill.operator.helm.Manifests.strings;
import static org.assertj.core.api.Assertions.assertThat;

/** What the chart's rendered objects must say: the restricted Pod, the dashboard's queries, the alerts. */
final class ChartAssertions {

    private ChartAssertions() {
    }

    /** The Pod and its container meet the "restricted" Pod Security Standard; /tmp is an emptyDir. */
    static void assertRestricted(JsonNode pod, JsonNode container) {
        assertThat(pod.at("/securityContext/runAsNonRoot").asBoolean()).as("pod runAsNonRoot").isTrue();
        assertThat(pod.at("/securityContext/seccompProfile/type").asText()).as("pod seccompProfile")
                .isEqualTo("RuntimeDefault");
        JsonNode security = container.get("securityContext");
        assertThat(security.path("runAsNonRoot").asBoolean()).as("container runAsNonRoot").isTrue();
        assertThat(security.path("allowPrivilegeEscalation").asBoolean(true)).as("allowPrivilegeEscalation").isFalse();
        assertThat(security.path("readOnlyRootFilesystem").asBoolean()).as("readOnlyRootFilesystem").isTrue();
        assertThat(strings(security.at("/capabilities/drop"))).as("capabilities.drop").containsExactly("ALL");
        assertThat(security.at("/seccompProfile/type").asText()).as("container seccompProfile")
                .isEqualTo("RuntimeDefault");
        assertThat(element(container.get("volumeMounts"), "name", "tmp").get("mountPath").asText()).isEqualTo("/tmp");
        assertThat(element(pod.get("volumes"), "name", "tmp").has("emptyDir")).isTrue();
    }

    /** The dashboard ConfigMap is labelled for Grafana's sidecar and queries the metrics the operator emits. */
    static void assertDashboard(JsonNode configMap) {
        assertThat(configMap.at("/metadata/labels/grafana_dashboard").asText()).isEqualTo("1");
        JsonNode dashboard = Manifests.json(configMap.at("/data/waybill.json").asText());
        String queries = String.join("\n", dashboard.findValuesAsText("expr"));
        assertThat(queries).contains("waybill_orders_received_total", "waybill_orders_accepted_total",
                "waybill_routing_seconds_bucket", "waybill_vendor_calls_total", "waybill_circuit_state",
                "waybill_exceptions_open");
    }

    /** Every alert names its owning team (the series' own, else alerts.team), a severity and its runbook. */
    static void assertAlerts(JsonNode rule) {
        List<JsonNode> alerts = StreamSupport.stream(rule.at("/spec/groups").spliterator(), false)
                .flatMap(group -> StreamSupport.stream(group.get("rules").spliterator(), false)).toList();
        assertThat(alerts).extracting(a -> a.get("alert").asText()).contains("WaybillExceptionsOpen",
                "WaybillDeadLetters", "WaybillCircuitOpen", "WaybillRoutingSlow", "WaybillBacklogOld");
        assertThat(alerts).allSatisfy(alert -> {
            assertThat(alert.at("/labels/team").asText()).contains("$labels.team").contains("fulfillment-sre");
            assertThat(alert.at("/labels/severity").asText()).isIn("warning", "critical");
            assertThat(alert.at("/annotations/runbook_url").asText())
                    .isEqualTo("https://runbooks.example/waybill/" + alert.get("alert").asText() + ".md");
        });
        JsonNode exceptions = element(rule.at("/spec/groups/0/rules"), "alert", "WaybillExceptionsOpen");
        assertThat(exceptions.get("expr").asText()).contains("waybill_exceptions_open").endsWith("> 0");
        assertThat(exceptions.get("for").asText()).isEqualTo("15m");
    }
}
