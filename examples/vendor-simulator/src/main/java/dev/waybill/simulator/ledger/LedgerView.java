package dev.waybill.simulator.ledger;

import java.util.List;

/**
 * One entry of {@code /_sim/ledger}: what a vendor holds for one of Waybill's references. {@code vendorReference},
 * {@code lines} and {@code state} are those of the first fulfillment created for it; {@code createCount} above 1
 * means the vendor created duplicates, listed in {@code vendorReferences}.
 */
public record LedgerView(String vendor, String vendorReference, String idempotencyKey, String orderId,
                         String reference, List<LineView> lines, String state, int createCount,
                         List<String> vendorReferences) {
}
