package dev.waybill.operator.dispatch;

import dev.waybill.adapter.connector.CircuitState;
import dev.waybill.adapter.connector.ContractDefinition;
import dev.waybill.adapter.connector.VendorConnector;
import dev.waybill.adapter.webhook.WebhookReader;
import dev.waybill.operator.kpi.KpiRecorder;
import dev.waybill.operator.model.CompiledContract;
import dev.waybill.operator.model.ModelRegistry;
import dev.waybill.operator.model.ResourceKey;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The running adapter of each valid contract, built on first use from the compiled snapshot and rebuilt when the
 * contract's spec (but for its objectives, {@code spec.slo}) or secrets change. A rebuilt connector starts with a
 * closed circuit; an unchanged contract keeps its connector, and with it its circuit and retry budget, across
 * snapshot versions. Every connector reports
 * its calls to the KPIs, whoever makes them.
 */
@Singleton
public class Connectors {

    private record Running(CompiledContract compiled, VendorConnector connector, WebhookReader webhooks) {
    }

    private final ModelRegistry model;
    private final ConnectorFactory factory;
    private final KpiRecorder kpis;
    private final Map<ResourceKey, Running> running = new ConcurrentHashMap<>();

    Connectors(ModelRegistry model, ConnectorFactory factory, KpiRecorder kpis) {
        this.model = model;
        this.factory = factory;
        this.kpis = kpis;
    }

    /** The connector of a valid contract; empty when the contract is absent or not valid. */
    public Optional<VendorConnector> connector(ResourceKey contract) {
        return current(contract).map(Running::connector);
    }

    public Optional<WebhookReader> webhooks(ResourceKey contract) {
        return current(contract).map(Running::webhooks);
    }

    /** The contract's circuit; Closed for a contract that has not been called yet. */
    public CircuitState circuit(ResourceKey contract) {
        Running r = running.get(contract);
        return r == null ? CircuitState.Closed : r.connector().circuitState();
    }

    private Optional<Running> current(ResourceKey key) {
        CompiledContract compiled = model.snapshot().contracts().get(key);
        if (compiled == null) {
            Optional.ofNullable(running.remove(key)).ifPresent(r -> r.connector().close());
            return Optional.empty();
        }
        return Optional.of(running.compute(key, (k, old) -> {
            if (old != null && sameConnection(old.compiled(), compiled)) {
                return old.compiled().generation() == compiled.generation() ? old
                        : new Running(compiled, old.connector(), old.webhooks());
            }
            if (old != null) {
                old.connector().close();
            }
            ContractDefinition definition = new ContractDefinition(key.name(), key.namespace(), compiled.spec(),
                    compiled.mappings(), compiled.credential(), compiled.webhookSecret());
            return new Running(compiled, kpis.metered(key, factory.connector(definition)),
                    factory.webhookReader(definition));
        }));
    }

    /** The same connector serves both: same secrets, and the spec unchanged or changed only in its objectives. */
    private static boolean sameConnection(CompiledContract a, CompiledContract b) {
        return Objects.equals(a.credential(), b.credential()) && Objects.equals(a.webhookSecret(), b.webhookSecret())
                && (a.generation() == b.generation() || ContractEdits.onlyObjectives(a.spec(), b.spec()));
    }

    void onStop(@Observes ShutdownEvent event) {
        running.values().forEach(r -> r.connector().close());
        running.clear();
    }
}
