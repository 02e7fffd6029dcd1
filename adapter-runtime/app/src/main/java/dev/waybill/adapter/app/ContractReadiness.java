package dev.waybill.adapter.app;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import jakarta.inject.Singleton;

/**
 * Ready once the contract is loaded, which the app's start already ensures. The vendor's circuit is reported as
 * data, never as a failure: an open circuit is the vendor's state, and taking the pod out of its Service would only
 * hide it from the operator that needs to see it.
 */
@Readiness
@Singleton
public class ContractReadiness implements HealthCheck {

    private final ContractAdapter adapter;

    ContractReadiness(ContractAdapter adapter) {
        this.adapter = adapter;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("contract")
                .status(adapter.contract() != null)
                .withData("name", adapter.contract().name())
                .withData("circuitState", adapter.connector().circuitState().name());
        if (adapter.contract().namespace() != null) {
            response.withData("namespace", adapter.contract().namespace());
        }
        return response.build();
    }
}
