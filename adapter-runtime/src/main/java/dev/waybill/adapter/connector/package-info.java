/**
 * The adapter interface the orchestrator dispatches through: {@link dev.waybill.adapter.connector.VendorConnector}
 * runs one {@link dev.waybill.adapter.connector.VendorCall} to a {@link dev.waybill.adapter.connector.VendorOutcome}
 * (never an exception for anything the vendor or the network does), with every HTTP
 * {@link dev.waybill.adapter.connector.Attempt} it made, a {@link dev.waybill.adapter.connector.FailureClass} that
 * decides what happens next, and a stable reason code ({@link dev.waybill.adapter.connector.FailureReasons}).
 * {@link dev.waybill.adapter.connector.ContractDefinition} is what a connector is built from; the REST
 * implementation is {@code dev.waybill.adapter.rest.RestConnector}.
 */
package dev.waybill.adapter.connector;
