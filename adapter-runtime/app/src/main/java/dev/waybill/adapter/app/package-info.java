/**
 * The adapter app: runs one AdapterContract, read from the file the operator mounts, with the declarative REST
 * connector, and serves its calls on {@code POST /v1/calls} to the operator's
 * {@code dev.waybill.adapter.remote.RemoteConnector}. Vendor webhooks are not received here: they go to the
 * operator.
 */
package dev.waybill.adapter.app;
