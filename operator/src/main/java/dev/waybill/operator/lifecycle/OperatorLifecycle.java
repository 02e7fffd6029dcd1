package dev.waybill.operator.lifecycle;

import dev.waybill.operator.model.ModelRegistry;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.extended.leaderelection.LeaderCallbacks;
import io.javaoperatorsdk.operator.Operator;
import io.javaoperatorsdk.operator.api.config.LeaderElectionConfiguration;
import io.javaoperatorsdk.operator.api.config.LeaderElectionConfigurationBuilder;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
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
    private final AtomicBoolean leading = new AtomicBoolean();

    OperatorLifecycle(KubernetesClient client, Instance<Reconciler<?>> reconcilers, OperatorConfig config,
                      ModelRegistry model) {
        Set<String> namespaces = new HashSet<>(config.namespaces().orElse(List.of()));
        Runnable expectModel = () -> {
            try {
                model.expect(config.reconcile() ? WatchedResources.list(client, namespaces) : List.of());
            } catch (RuntimeException e) {
                // without the list the orchestrator cannot know when the model is whole: it starts at once
                LOG.warnf("cannot list the watched resources, the orchestrator starts without waiting: %s", e);
                model.expect(List.of());
            }
        };
        Optional<LeaderElectionConfiguration> election = config.leaderElection().enabled() && config.reconcile()
                ? Optional.of(leaderElection(client, config.leaderElection(), leading, expectModel))
                : Optional.empty();
        this.operator = new Operator(overrider -> {
            overrider.withKubernetesClient(client);
            election.ifPresent(overrider::withLeaderElectionConfiguration);
        });
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
        if (election.isEmpty()) {
            expectModel.run();
        }
        LOG.infof("operator started with %d controllers, watching %s", registered,
                namespaces.isEmpty() ? "all namespaces" : namespaces);
    }

    private static LeaderElectionConfiguration leaderElection(KubernetesClient client,
                                                              OperatorConfig.LeaderElection config,
                                                              AtomicBoolean leading, Runnable expectModel) {
        String namespace = config.leaseNamespace()
                .orElseGet(() -> Optional.ofNullable(client.getNamespace()).orElse("default"));
        // A replica's identity must be unique even for two processes on one host (HOSTNAME alone is not).
        String identity = Optional.ofNullable(System.getenv("HOSTNAME")).orElse("local") + "-"
                + ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 8);
        LOG.infof("leader election on Lease %s/%s as %s", namespace, config.leaseName(), identity);
        return LeaderElectionConfigurationBuilder.aLeaderElectionConfiguration(config.leaseName())
                .withLeaseNamespace(namespace)
                .withIdentity(identity)
                .withLeaseDuration(config.leaseDuration())
                .withRenewDeadline(config.renewDeadline())
                .withRetryPeriod(config.retryPeriod())
                .withLeaderCallbacks(new LeaderCallbacks(
                        () -> {
                            leading.set(true);
                            LOG.infof("%s leads: reconciling", identity);
                            expectModel.run();
                        },
                        () -> leading.set(false),
                        leader -> LOG.infof("leader is %s", leader)))
                .build();
    }

    /** Whether this replica reconciles now: it holds the Lease, or leader election is off. */
    public boolean leading() {
        return leading.get() || operator.getConfigurationService().getLeaderElectionConfiguration().isEmpty();
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
