package dev.waybill.operator.dispatch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.waybill.api.v1alpha1.contract.AdapterContractSpec;

/**
 * What an edit of an AdapterContract changed, as far as its running connector cares. Objectives ({@code spec.slo})
 * are read by the control tower, not by the connector: tightening one must not rebuild the connector, which would
 * close an open circuit and forget the retry budget in the middle of an incident.
 */
final class ContractEdits {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ContractEdits() {
    }

    /** The two specs differ at most in their objectives. */
    static boolean onlyObjectives(AdapterContractSpec before, AdapterContractSpec after) {
        return withoutObjectives(before).equals(withoutObjectives(after));
    }

    private static ObjectNode withoutObjectives(AdapterContractSpec spec) {
        ObjectNode tree = JSON.valueToTree(spec);
        tree.remove("slo");
        return tree;
    }
}
