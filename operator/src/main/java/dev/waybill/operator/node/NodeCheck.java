package dev.waybill.operator.node;

import dev.waybill.api.v1alpha1.contract.AdapterContract;
import dev.waybill.api.v1alpha1.contract.AdapterContractStatus;
import dev.waybill.api.v1alpha1.meta.Condition;
import dev.waybill.api.v1alpha1.node.FulfillmentNode;
import dev.waybill.operator.status.Problem;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;

/**
 * What only the operator can judge of a node: whether its cut-off time zone exists, and whether its contract exists,
 * is Ready and has its circuit closed. A pure decision over the node and its contract.
 */
public record NodeCheck(Optional<ZoneId> cutoffZone, Optional<Problem> specProblem, Optional<Problem> adapterProblem) {

    public static NodeCheck of(FulfillmentNode node, Optional<AdapterContract> contract) {
        Optional<ZoneId> zone = Optional.empty();
        Optional<Problem> specProblem = Optional.empty();
        if (node.getSpec().cutoff != null) {
            try {
                zone = Optional.of(ZoneId.of(node.getSpec().cutoff.timeZone));
            } catch (DateTimeException e) {
                specProblem = Optional.of(new Problem("InvalidTimeZone", "spec.cutoff.timeZone",
                        "unknown time zone " + node.getSpec().cutoff.timeZone + " (use an IANA name like America/Chicago)"));
            }
        }
        return new NodeCheck(zone, specProblem, adapterProblem(node.getSpec().adapterRef.name, contract));
    }

    private static Optional<Problem> adapterProblem(String contractName, Optional<AdapterContract> contract) {
        if (contract.isEmpty()) {
            return Optional.of(new Problem("ContractNotFound", "spec.adapterRef.name",
                    "AdapterContract " + contractName + " not found in this namespace"));
        }
        AdapterContractStatus status = contract.get().getStatus();
        Optional<Condition> ready = status == null ? Optional.empty() : status.condition("Ready");
        if (ready.isEmpty() || ready.get().status != Condition.Status.True) {
            String why = ready.map(c -> c.reason + ": " + c.message).orElse("not reconciled yet");
            return Optional.of(new Problem("ContractNotReady", "spec.adapterRef.name",
                    "AdapterContract " + contractName + " is not Ready (" + why + ")"));
        }
        if (status.circuitState == AdapterContractStatus.CircuitState.Open) {
            return Optional.of(new Problem("CircuitOpen", "spec.adapterRef.name",
                    "the circuit breaker of AdapterContract " + contractName + " is open: the vendor is failing"));
        }
        return Optional.empty();
    }
}
