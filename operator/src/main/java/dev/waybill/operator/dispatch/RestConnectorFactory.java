package dev.waybill.operator.dispatch;

import dev.waybill.adapter.connector.ContractDefinition;
import dev.waybill.adapter.rest.RestConnector;
import dev.waybill.adapter.connector.VendorConnector;
import dev.waybill.adapter.webhook.WebhookReader;
import io.quarkus.arc.DefaultBean;
import jakarta.inject.Singleton;

import java.time.Clock;

/** The embedded adapter: the declarative REST connector of adapter-runtime, in the operator's process. */
@Singleton
@DefaultBean
public class RestConnectorFactory implements ConnectorFactory {

    private final Clock clock;

    RestConnectorFactory(Clock clock) {
        this.clock = clock;
    }

    @Override
    public VendorConnector connector(ContractDefinition definition) {
        return RestConnector.create(definition, clock);
    }

    @Override
    public WebhookReader webhookReader(ContractDefinition definition) {
        return WebhookReader.create(definition, clock);
    }
}
