package dev.waybill.adapter.connector;

import java.util.Map;
import java.util.Set;

/**
 * One operation to run.
 *
 * @param operation        {@code create}, {@code lookup}, {@code cancel}, {@code reserve}, {@code release},
 *                         {@code availability} or {@code void}
 * @param idempotencyKey   derived from (order, shipment, operation); sent in the operation's
 *                         {@code idempotencyKeyHeader} when it has one, the same on every retry
 * @param input            the request mapping's input: {@code order} (the canonical order; the connector keeps only
 *                         the contract's {@code dataPolicy.allowedFields} of it), {@code shipment} ({@code id},
 *                         {@code lines[]}, {@code vendorReference}, {@code reservationId}), {@code node}
 *                         ({@code name}), {@code lines[]} (for a partial cancel), {@code reservationId}
 * @param expect           fields the mapped response must carry (e.g. {@code vendorReference} for create); a
 *                         2xx answer without them is an unknown outcome, like a timeout after send
 * @param mayHaveBeenSent  an earlier delivery of this same call may have reached the vendor (a crash or lease
 *                         expiry after send): the connector resolves that before sending again
 * @param correlationId    carried to the vendor in {@code X-Correlation-Id}
 */
public record VendorCall(String operation, String idempotencyKey, Map<String, Object> input, Set<String> expect,
                         boolean mayHaveBeenSent, String correlationId) {

    public VendorCall {
        input = Map.copyOf(input);
        expect = Set.copyOf(expect);
    }
}
