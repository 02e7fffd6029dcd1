package dev.waybill.operator.dispatch;

import dev.waybill.adapter.connector.ContractDefinition;
import dev.waybill.adapter.remote.RemoteConnector;
import dev.waybill.adapter.rest.RestConnector;
import dev.waybill.adapter.connector.VendorConnector;
import dev.waybill.adapter.connector.VendorTracing;
import dev.waybill.adapter.webhook.WebhookReader;
import dev.waybill.api.v1alpha1.contract.AdapterRuntime;
import io.opentelemetry.api.trace.Tracer;
import io.quarkus.arc.DefaultBean;
import jakarta.inject.Singleton;

import java.net.URI;
import java.time.Clock;

/**
 * The adapter of a contract: the declarative REST connector of adapter-runtime in the operator's process, or, for
 * {@code runtime.mode: Deployment}, a {@link RemoteConnector} to the contract's own adapter Service. Webhooks are
 * read in the operator either way (SPEC §4), so the webhook reader is always local. Both trace their calls with the
 * operator's tracer.
 */
@Singleton
@DefaultBean
public class RestConnectorFactory implements ConnectorFactory {

    /** The port of the {@code <contract>-adapter} Service. */
    static final int ADAPTER_PORT = 8080;

    private final Clock clock;
    private final VendorTracing tracing;

    RestConnectorFactory(Clock clock, Tracer tracer) {
        this.clock = clock;
        this.tracing = VendorTracing.of(tracer);
    }

    @Override
    public VendorConnector connector(ContractDefinition definition) {
        if (deployed(definition)) {
            return RemoteConnector.create(definition, adapterUrl(definition), clock, tracing);
        }
        return RestConnector.create(definition, clock, tracing);
    }

    @Override
    public WebhookReader webhookReader(ContractDefinition definition) {
        return WebhookReader.create(definition, clock);
    }

    private static boolean deployed(ContractDefinition definition) {
        AdapterRuntime runtime = definition.spec().runtime;
        return runtime != null && runtime.mode == AdapterRuntime.Mode.Deployment;
    }

    /**
     * {@code http://<contract>-adapter.<namespace>.svc:8080}, the Service the operator runs beside the Deployment;
     * without a namespace the short name, which resolves in the operator's own namespace.
     */
    static URI adapterUrl(ContractDefinition definition) {
        String host = definition.name() + "-adapter"
                + (definition.namespace() == null ? "" : "." + definition.namespace() + ".svc");
        return URI.create("http://" + host + ":" + ADAPTER_PORT);
    }
}
