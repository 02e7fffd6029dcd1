package dev.waybill.operator.lifecycle;

import dev.waybill.operator.model.ModelRegistry;
import dev.waybill.operator.store.OrderStore;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the store answers, java-operator-sdk has started with every informer synced and watching, and, on the
 * replica that leads, the model holds every watched resource (routing on half a model would put orders on hold for
 * want of a policy). A standby replica reports {@code snapshot: standby} and stays ready: it takes orders into the
 * shared store for the leader to route, and a rolling update must be able to start it while the old leader runs.
 */
@Readiness
@ApplicationScoped
public class OperatorReadiness implements HealthCheck {

    private final OperatorLifecycle lifecycle;
    private final ModelRegistry model;
    private final OrderStore store;

    OperatorReadiness(OperatorLifecycle lifecycle, ModelRegistry model, OrderStore store) {
        this.lifecycle = lifecycle;
        this.model = model;
        this.store = store;
    }

    @Override
    public HealthCheckResponse call() {
        boolean leading = lifecycle.leading();
        String snapshot = !leading ? "standby" : model.built() ? "built" : "building";
        String storeState = storeState();
        boolean informers = lifecycle.healthy();
        return HealthCheckResponse.named("operator")
                .status(informers && "open".equals(storeState) && !"building".equals(snapshot))
                .withData("controllers", lifecycle.controllers())
                .withData("leader", leading)
                .withData("informers", informers ? "synced" : "starting")
                .withData("snapshot", snapshot)
                .withData("store", storeState)
                .build();
    }

    private String storeState() {
        try {
            store.pending("Route");
            return "open";
        } catch (RuntimeException e) {
            return "unavailable: " + e.getClass().getSimpleName();
        }
    }
}
