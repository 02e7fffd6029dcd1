package dev.waybill.operator.dispatch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waybill.operator.model.CompiledModel;
import dev.waybill.operator.model.CompiledSource;
import dev.waybill.operator.model.ResourceKey;
import dev.waybill.operator.store.OrderRecord;

import java.io.IOException;
import java.util.Optional;

/**
 * Which payment contract voids an order's authorization: the {@code paymentContractRef} of the OrderSource the
 * order came through (the source named like the order's channel, or whose {@code defaults.channel} it is), when
 * the order carries a payment authorization.
 */
final class Payments {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Payments() {
    }

    static Optional<ResourceKey> contract(CompiledModel model, OrderRecord order) {
        if (!hasAuthorization(order)) {
            return Optional.empty();
        }
        return model.sources().values().stream()
                .filter(s -> s.key().namespace().equals(order.namespace()))
                .filter(s -> s.key().name().equals(order.channel()) || channelOf(s).equals(order.channel()))
                .filter(s -> s.spec().paymentContractRef != null)
                .map(s -> s.key().sibling(s.spec().paymentContractRef.name))
                .findFirst();
    }

    private static String channelOf(CompiledSource source) {
        return source.spec().defaults == null || source.spec().defaults.channel == null ? ""
                : source.spec().defaults.channel;
    }

    private static boolean hasAuthorization(OrderRecord order) {
        try {
            JsonNode id = JSON.readTree(order.body()).path("payment").path("authorizationId");
            return id.isTextual() && !id.asText().isBlank();
        } catch (IOException e) {
            return false;
        }
    }
}
