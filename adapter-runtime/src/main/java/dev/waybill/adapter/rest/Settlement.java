package dev.waybill.adapter.rest;

import dev.waybill.adapter.connector.ContractOperations;
import dev.waybill.adapter.connector.VendorCall;
import dev.waybill.api.v1alpha1.contract.Operation;

/**
 * How a request that may have reached the vendor without a definite answer is settled, per operation.
 *
 * <ul>
 *   <li>{@link #LOOKUP}: a create, when the contract has {@code lookup}: lookup tells whether the fulfillment
 *       exists. It says nothing about whether a cancel, a reservation or a void happened, so only creates use it.</li>
 *   <li>{@link #RESEND}: the vendor de-duplicates by the idempotency key the call carries, or the method is DELETE,
 *       which HTTP defines as idempotent (a second delete finds the thing gone, it deletes nothing more); reads
 *       change nothing.</li>
 *   <li>{@link #NONE}: only a person can find out; the request is never sent again.</li>
 * </ul>
 */
enum Settlement {
    LOOKUP, RESEND, NONE;

    static Settlement of(OperationRuntime operation, VendorCall call, boolean contractHasLookup) {
        if (operation.readOnly()) {
            return RESEND;
        }
        if (operation.name().equals(ContractOperations.CREATE) && contractHasLookup) {
            return LOOKUP;
        }
        boolean keyed = operation.idempotencyKeyHeader().isPresent() && call.idempotencyKey() != null;
        return keyed || operation.spec().method == Operation.Method.DELETE ? RESEND : NONE;
    }
}
