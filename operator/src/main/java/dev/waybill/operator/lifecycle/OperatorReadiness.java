package dev.waybill.operator.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once java-operator-sdk has started and all its informers are in sync with the API server. */
@Readiness
@ApplicationScoped
public class OperatorReadiness implements HealthCheck {

    private final OperatorLifecycle lifecycle;

    OperatorReadiness(OperatorLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("operator")
                .status(lifecycle.healthy())
                .withData("controllers", lifecycle.controllers())
                .withData("leader", lifecycle.leading())
                .build();
    }
}
