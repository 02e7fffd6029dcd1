package dev.waybill.adapter.connector;

import dev.waybill.api.v1alpha1.contract.Operation;
import dev.waybill.api.v1alpha1.contract.Operations;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The operations a contract declares, by the names the orchestrator and the mapping keys use ({@code create},
 * {@code lookup}, {@code cancel}, {@code reserve}, {@code release}, {@code availability}, {@code void}).
 */
public final class ContractOperations {

    public static final String CREATE = "create";
    public static final String LOOKUP = "lookup";
    public static final String CANCEL = "cancel";
    public static final String RESERVE = "reserve";
    public static final String RELEASE = "release";
    public static final String AVAILABILITY = "availability";
    /** The JSON name of {@link Operations#voidPayment}. */
    public static final String VOID = "void";

    private ContractOperations() {
    }

    /** The declared operations, absent ones left out, in the order above. */
    public static Map<String, Operation> declared(Operations operations) {
        Map<String, Operation> declared = new LinkedHashMap<>();
        if (operations == null) {
            return declared;
        }
        putIfPresent(declared, CREATE, operations.create);
        putIfPresent(declared, LOOKUP, operations.lookup);
        putIfPresent(declared, CANCEL, operations.cancel);
        putIfPresent(declared, RESERVE, operations.reserve);
        putIfPresent(declared, RELEASE, operations.release);
        putIfPresent(declared, AVAILABILITY, operations.availability);
        putIfPresent(declared, VOID, operations.voidPayment);
        return Collections.unmodifiableMap(declared);
    }

    /** The key under which {@link ContractDefinition#mappings()} holds an operation's request mapping. */
    public static String requestKey(String operation) {
        return operation + ".request";
    }

    /** The key under which {@link ContractDefinition#mappings()} holds an operation's response mapping. */
    public static String responseKey(String operation) {
        return operation + ".response";
    }

    private static void putIfPresent(Map<String, Operation> declared, String name, Operation operation) {
        if (operation != null) {
            declared.put(name, operation);
        }
    }
}
