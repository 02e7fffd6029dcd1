package dev.waybill.operator.dispatch;

import dev.waybill.adapter.connector.ContractDefinition;
import dev.waybill.adapter.connector.VendorConnector;
import dev.waybill.adapter.webhook.WebhookReader;

/** Builds the connector and webhook reader of a contract; a seam so tests can stand in a hand-written fake. */
public interface ConnectorFactory {

    VendorConnector connector(ContractDefinition definition);

    WebhookReader webhookReader(ContractDefinition definition);
}
