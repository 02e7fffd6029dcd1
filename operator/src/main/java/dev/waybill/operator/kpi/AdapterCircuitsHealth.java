package dev.waybill.operator.kpi;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import java.util.Map;
import java.util.TreeMap;

/**
 * Each contract's circuit (as of the latest KPI round) as data of the readiness response, never as a failure: a
 * vendor that is down takes its nodes out of routing, not the operator out of service.
 */
@Readiness
@ApplicationScoped
public class AdapterCircuitsHealth implements HealthCheck {

    private final KpiBoard board;

    AdapterCircuitsHealth(KpiBoard board) {
        this.board = board;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("adapters").up();
        Map<String, String> circuits = new TreeMap<>();
        board.latest().circuits().forEach((key, state) -> circuits.put(key.toString(), state.name()));
        circuits.forEach(response::withData);
        return response.build();
    }
}
