package dev.waybill.operator.fulfillment;

import java.util.Map;

/**
 * A cancellation as asked: everything that has not shipped, or the given quantities by {@code lineId}.
 *
 * @param lines line id to quantity, in the order asked; empty means the whole order
 */
public record CancelRequest(Map<String, Integer> lines) {

    public static CancelRequest whole() {
        return new CancelRequest(Map.of());
    }

    public boolean isWhole() {
        return lines.isEmpty();
    }
}
