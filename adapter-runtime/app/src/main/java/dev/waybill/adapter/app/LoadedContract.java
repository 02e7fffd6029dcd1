package dev.waybill.adapter.app;

import dev.waybill.api.v1alpha1.contract.AdapterContractSpec;

/**
 * The contract document the operator renders into the {@code <contract>-adapter} ConfigMap, read and checked.
 *
 * @param namespace null when the document names none (a file written by hand)
 */
public record LoadedContract(String apiVersion, String name, String namespace, AdapterContractSpec spec) {
}
