package dev.waybill.operator.lifecycle;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.javaoperatorsdk.operator.Operator;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Starts java-operator-sdk inside Quarkus with the Quarkus-managed {@link KubernetesClient} and registers every
 * {@link Reconciler} bean, scoped to the configured namespaces.
 */
@Startup
@Singleton
public class OperatorLifecycle {

    private static final Logger LOG = Logger.getLogger(OperatorLifecycle.class);

    private final Operator operator;
    private final int controllers;

    OperatorLifecycle(KubernetesClient client, Instance<Reconciler<?>> reconcilers, OperatorConfig config) {
        this.operator = new Operator(overrider -> overrider.withKubernetesClient(client));
        Set<String> namespaces = new HashSet<>(config.namespaces().orElse(List.of()));
        int registered = 0;
        if (config.reconcile()) {
            for (Reconciler<?> reconciler : reconcilers) {
                operator.register(reconciler, o -> {
                    if (!namespaces.isEmpty()) {
                        o.settingNamespaces(namespaces);
                    }
                });
                registered++;
            }
        }
        this.controllers = registered;
        if (registered > 0) {
            operator.start(); // java-operator-sdk refuses to start without a controller
        }
        LOG.infof("operator started with %d controllers, watching %s", registered,
                namespaces.isEmpty() ? "all namespaces" : namespaces);
    }

    /** Number of controllers this process runs. */
    public int controllers() {
        return controllers;
    }

    /** Whether the operator has started and every informer it runs is healthy. */
    public boolean healthy() {
        return controllers == 0
                || operator.getRuntimeInfo().isStarted() && operator.getRuntimeInfo().allEventSourcesAreHealthy();
    }

    void onStop(@Observes ShutdownEvent event) {
        if (controllers > 0) {
            operator.stop();
        }
    }
}
