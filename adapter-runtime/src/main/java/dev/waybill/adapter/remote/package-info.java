/**
 * Adapters that run as their own Deployment: {@link dev.waybill.adapter.remote.RemoteConnector} is the
 * {@link dev.waybill.adapter.connector.VendorConnector} the operator dispatches through, calling the adapter app's
 * {@code POST /v1/calls}; {@link dev.waybill.adapter.remote.CallCodec} is the wire form both ends share.
 */
package dev.waybill.adapter.remote;
