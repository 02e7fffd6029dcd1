package dev.waybill.operator.dispatch;

import dev.waybill.adapter.datapolicy.LogScrubber;
import dev.waybill.adapter.datapolicy.OrderDataPolicy;
import dev.waybill.operator.model.CompiledContract;
import dev.waybill.operator.model.CompiledModel;
import dev.waybill.operator.model.ResourceKey;
import dev.waybill.operator.store.OrderRecord;

import java.util.List;

/**
 * Text a vendor sent about an order outside a call, made fit to keep: a webhook's status and event id go into the
 * audit trail as the vendor wrote them, and carriers word deliveries with the recipient's name ("LEFT WITH ...").
 * Masked as a call's failure is: the order's personal fields and the contract's {@code maskInLogs}.
 */
final class VendorText {

    private VendorText() {
    }

    /** The scrubber for what {@code contract}'s vendor says about {@code order}. */
    static LogScrubber scrubber(CompiledModel model, ResourceKey contract, OrderRecord order) {
        CompiledContract compiled = model.contracts().get(contract);
        OrderDataPolicy policy = compiled == null ? OrderDataPolicy.defaults()
                : OrderDataPolicy.of(compiled.spec().dataPolicy);
        return policy.scrubber(CallInput.order(order).get("order"), List.of());
    }
}
