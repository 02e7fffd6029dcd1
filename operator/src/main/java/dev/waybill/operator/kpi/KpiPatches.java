package dev.waybill.operator.kpi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.waybill.api.v1alpha1.contract.AdapterContract;
import dev.waybill.api.v1alpha1.node.FulfillmentNode;
import dev.waybill.api.v1alpha1.policy.RoutingPolicy;
import dev.waybill.api.v1alpha1.source.OrderSource;
import dev.waybill.operator.live.ResourceCaches;
import dev.waybill.operator.model.ResourceKey;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Writes a round's figures into the status of each resource whose figures changed, as a JSON merge patch of the
 * status subresource holding only {@code kpis} (and a contract's {@code circuitState}) under its own field manager.
 * The reconcilers apply everything else in the status (server-side apply, never sending these two fields), so
 * neither writer removes what the other wrote. A figure that became absent is sent as null, which a merge patch
 * reads as "remove".
 */
@Singleton
class KpiPatches {

    static final String FIELD_MANAGER = "waybill-kpis";
    private static final Logger LOG = Logger.getLogger(KpiPatches.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final KubernetesClient client;
    private final ResourceCaches caches;
    private final MeterRegistry registry;

    KpiPatches(KubernetesClient client, ResourceCaches caches, MeterRegistry registry) {
        this.client = client;
        this.caches = caches;
        this.registry = registry;
    }

    /** Writes every changed resource of the round; returns how many were written. */
    int writeChanged(KpiRound round) {
        return write(FulfillmentNode.class, round.nodes(), n -> Optional.ofNullable(n.getStatus()).map(s -> s.kpis),
                k -> null, round.at())
                + write(RoutingPolicy.class, round.policies(),
                p -> Optional.ofNullable(p.getStatus()).map(s -> s.kpis), k -> null, round.at())
                + write(OrderSource.class, round.sources(),
                s -> Optional.ofNullable(s.getStatus()).map(st -> st.kpis), k -> null, round.at())
                + write(AdapterContract.class, round.contracts(),
                c -> Optional.ofNullable(c.getStatus()).map(s -> s.kpis), round.circuits()::get, round.at());
    }

    private <R extends HasMetadata> int write(Class<R> kind, Map<ResourceKey, ?> figures,
                                              Function<R, Optional<?>> shown, Function<ResourceKey, Enum<?>> circuit,
                                              Instant at) {
        int written = 0;
        for (R resource : caches.list(kind).toList()) {
            ResourceKey key = ResourceKey.of(resource);
            Object next = figures.get(key);
            Enum<?> nextCircuit = circuit.apply(key);
            boolean circuitChanged = nextCircuit != null && KpiChange.differs(shownCircuit(resource), nextCircuit);
            if (next != null && (circuitChanged || KpiChange.differs(shown.apply(resource).orElse(null), next))) {
                written += patch(kind, key, body(next, nextCircuit, at)) ? 1 : 0;
            }
        }
        return written;
    }

    private static Enum<?> shownCircuit(HasMetadata resource) {
        return resource instanceof AdapterContract c && c.getStatus() != null ? c.getStatus().circuitState : null;
    }

    private boolean patch(Class<? extends HasMetadata> kind, ResourceKey key, String body) {
        try {
            client.resources(kind).inNamespace(key.namespace()).withName(key.name()).subresource("status")
                    .patch(new PatchContext.Builder().withPatchType(PatchType.JSON_MERGE)
                            .withFieldManager(FIELD_MANAGER).build(), body);
            registry.counter("waybill.kpi.status.writes", "kind", kind.getSimpleName()).increment();
            LOG.debugf("status.kpis of %s %s written", kind.getSimpleName(), key);
            return true;
        } catch (KubernetesClientException e) {
            // gone meanwhile (404), or the API server is away: the next round tries again
            LOG.debugf("status.kpis of %s %s not written (%d): %s", kind.getSimpleName(), key, e.getCode(),
                    e.getMessage());
            return false;
        }
    }

    /** {@code {"status":{"kpis":{...},"circuitState":...}}} with every absent figure as an explicit null. */
    static String body(Object kpis, Enum<?> circuit, Instant at) {
        ObjectNode figures = JSON.valueToTree(kpis);
        for (Field field : kpis.getClass().getFields()) {
            if (!figures.has(field.getName())) {
                figures.putNull(field.getName());
            }
        }
        figures.put("updatedAt", at.toString());
        ObjectNode status = JSON.createObjectNode();
        status.set("kpis", figures);
        if (circuit != null) {
            status.put("circuitState", circuit.name());
        }
        ObjectNode root = JSON.createObjectNode();
        root.set("status", status);
        return root.toString();
    }
}
