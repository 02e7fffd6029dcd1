package dev.waybill.adapter.datapolicy;

import dev.waybill.api.v1alpha1.contract.DataPolicy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A contract's {@code spec.dataPolicy} applied to a canonical order held as nested Maps and Lists: what of the order
 * may leave the process towards the vendor ({@code allowedFields}), and what must never show in a log, an audit event
 * or an exception's detail: the {@link #ALWAYS_MASKED} personal fields and the contract's {@code maskInLogs}.
 * Immutable and thread-safe.
 */
public final class OrderDataPolicy {

    /** What a masked value is replaced by. */
    public static final String MASK = "****";

    /**
     * The fields that name a person or where they live, masked whatever a contract says: a contract's
     * {@code maskInLogs} adds to them and cannot take any away, so a contract that forgets one leaks nothing. City,
     * region and country stay readable: they explain where an order was routed and why, and name no one.
     */
    public static final List<String> ALWAYS_MASKED = List.of("/customer/email", "/customer/phone", "/shipTo/name",
            "/shipTo/line1", "/shipTo/line2", "/shipTo/postalCode", "/shipTo/latitude", "/shipTo/longitude");

    private static final List<OrderPointer> PERSONAL = pointers(ALWAYS_MASKED);
    private static final OrderDataPolicy OPEN = new OrderDataPolicy(List.of(), PERSONAL);

    private final List<OrderPointer> allowed;
    private final List<OrderPointer> masked;

    private OrderDataPolicy(List<OrderPointer> allowed, List<OrderPointer> masked) {
        this.allowed = allowed;
        this.masked = masked;
    }

    /** The policy where no contract has a say (routing): nothing restricted, the personal fields masked. */
    public static OrderDataPolicy defaults() {
        return OPEN;
    }

    /** The policy of {@code policy}; null: the vendor may see the whole order, and the personal fields are masked. */
    public static OrderDataPolicy of(DataPolicy policy) {
        if (policy == null) {
            return OPEN;
        }
        List<OrderPointer> masked = new ArrayList<>(PERSONAL);
        pointers(policy.maskInLogs).stream().filter(p -> !masked.contains(p)).forEach(masked::add);
        return new OrderDataPolicy(pointers(policy.allowedFields), List.copyOf(masked));
    }

    /**
     * The part of {@code order} the vendor may receive: only the allowed fields, at their places. Without
     * {@code allowedFields} the order itself.
     */
    public Object restrict(Object order) {
        if (allowed.isEmpty() || !(order instanceof Map<?, ?>)) {
            return order;
        }
        Map<String, Object> kept = new LinkedHashMap<>();
        for (OrderPointer pointer : allowed) {
            pointer.read(order).ifPresent(value -> pointer.write(kept, OrderPointer.mutableCopy(value)));
        }
        return kept;
    }

    /** A copy of {@code order} with every masked field that is present replaced by {@link #MASK}. */
    @SuppressWarnings("unchecked")
    public Object mask(Object order) {
        if (masked.isEmpty() || !(order instanceof Map<?, ?>)) {
            return order;
        }
        Map<String, Object> copy = (Map<String, Object>) OrderPointer.mutableCopy(order);
        for (OrderPointer pointer : masked) {
            if (pointer.read(copy).isPresent()) {
                pointer.write(copy, MASK);
            }
        }
        return copy;
    }

    /**
     * A scrubber that removes, from text about this order, the values of its masked fields in the forms people and
     * vendors write them, and the given secrets (e.g. the contract's credential, should a vendor echo it).
     */
    public LogScrubber scrubber(Object order, Collection<String> secrets) {
        List<String> values = new ArrayList<>();
        for (OrderPointer pointer : masked) {
            pointer.read(order).ifPresent(value -> collectScalars(value, values));
        }
        return new LogScrubber(values, List.copyOf(secrets));
    }

    private static void collectScalars(Object value, List<String> into) {
        if (value instanceof Map<?, ?> map) {
            map.values().forEach(v -> collectScalars(v, into));
        } else if (value instanceof List<?> list) {
            list.forEach(v -> collectScalars(v, into));
        } else if (value != null) {
            into.add(String.valueOf(value));
        }
    }

    private static List<OrderPointer> pointers(List<String> pointers) {
        return pointers == null ? List.of() : pointers.stream().map(OrderPointer::parse).toList();
    }
}
