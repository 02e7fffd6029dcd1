package dev.waybill.operator.store;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static dev.waybill.operator.store.OrderStoreContract.T0;

/** Builds intake requests for the store tests. */
final class StoreTestSupport {

    private StoreTestSupport() {
    }

    static IntakeRequest request(String namespace, String key, String hash, String orderId) {
        String id = UUID.randomUUID().toString();
        OrderRecord order = new OrderRecord(id, namespace, orderId, "web-us", "Received",
                "{\"orderId\":\"" + orderId + "\"}", T0, T0, 1);
        return new IntakeRequest(key, hash, order,
                List.of(AuditEvent.of(T0, "Received", "Succeeded", "accepted"),
                        AuditEvent.of(T0, "Validated", "Succeeded", "canonical order valid")),
                List.of(OutboxCommand.of(id, "Route", "{}", T0)), T0.plus(Duration.ofDays(7)));
    }

    static String orderId(Intake intake) {
        if (intake instanceof Intake.Accepted a) {
            return a.order().id();
        }
        if (intake instanceof Intake.Replayed r) {
            return r.order().id();
        }
        if (intake instanceof Intake.KeyReused k) {
            return k.orderRef();
        }
        return ((Intake.DuplicateOrder) intake).existing().id();
    }
}
