package dev.waybill.operator.routing;

import dev.waybill.adapter.model.CanonicalOrder;
import dev.waybill.adapter.model.OrderJson;
import dev.waybill.operator.model.CompiledModel;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * Everything one routing decision reads.
 *
 * @param model      the compiled snapshot
 * @param namespace  the namespace the order belongs to: only its policies and nodes are considered
 * @param order      the canonical order
 * @param orderAsMap the same order as CEL reads it (nested Maps and Lists, as Jackson reads the JSON): what the
 *                   policies' {@code match} expressions evaluate
 * @param now        the decision's instant: cut-offs, promises and {@code holdUntil} are computed from it
 * @param load       live backlog and hourly counts per node
 * @param stock      available quantities per node and SKU
 */
public record RouteRequest(CompiledModel model, String namespace, CanonicalOrder order,
                           Map<String, Object> orderAsMap, Instant now, NodeLoad load, StockLevels stock) {

    public RouteRequest {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(orderAsMap, "orderAsMap");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(load, "load");
        Objects.requireNonNull(stock, "stock");
    }

    /** A request whose CEL form of the order is {@link OrderJson#toMap(CanonicalOrder)}. */
    public static RouteRequest of(CompiledModel model, String namespace, CanonicalOrder order, Instant now,
                                  NodeLoad load, StockLevels stock) {
        return new RouteRequest(model, namespace, order, OrderJson.toMap(order), now, load, stock);
    }
}
