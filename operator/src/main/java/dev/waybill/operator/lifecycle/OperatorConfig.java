package dev.waybill.operator.lifecycle;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Which part of the cluster the operator reconciles, and how replicas share the work. */
@ConfigMapping(prefix = "waybill")
public interface OperatorConfig {

    /**
     * Namespaces to watch ({@code WAYBILL_NAMESPACES}, comma-separated); absent: every namespace.
     */
    Optional<List<String>> namespaces();

    /**
     * The namespace an API call means when it names none: the one watched namespace, else "default".
     */
    default String defaultNamespace() {
        return namespaces().filter(n -> n.size() == 1).map(n -> n.get(0)).orElse("default");
    }

    /** Whether the operator starts its controllers at all; off for tests of the HTTP surface alone. */
    @WithDefault("true")
    boolean reconcile();

    /** Deployment-mode adapters. */
    Adapter adapter();

    /** Defaults for the adapters the operator runs as Deployments. */
    interface Adapter {

        /**
         * Image of an adapter whose contract names none ({@code WAYBILL_ADAPTER_IMAGE}). Read by
         * {@code AdapterDeploymentDependent}, which java-operator-sdk instantiates itself.
         */
        @WithDefault("waybill/adapter-runtime:0.1.0")
        String image();
    }

    /** Leader election among operator replicas. */
    LeaderElection leaderElection();

    /** Only the replica holding the Lease reconciles; the others wait to take over. */
    interface LeaderElection {

        /** Whether replicas elect a leader ({@code WAYBILL_LEADER_ELECTION_ENABLED}). */
        @WithDefault("true")
        boolean enabled();

        /** Name of the coordination.k8s.io Lease. */
        @WithDefault("waybill-operator")
        String leaseName();

        /**
         * Namespace of the Lease ({@code WAYBILL_LEADER_ELECTION_LEASE_NAMESPACE}); absent: the namespace the
         * operator runs in, or "default" outside a cluster.
         */
        Optional<String> leaseNamespace();

        /** How long a Lease holds without renewal; a killed leader is replaced about this long after. */
        @WithDefault("10s")
        Duration leaseDuration();

        /** How long the leader keeps trying to renew before it gives up leading (and exits). */
        @WithDefault("8s")
        Duration renewDeadline();

        /** How often replicas try to acquire or renew the Lease. */
        @WithDefault("1s")
        Duration retryPeriod();
    }
}
