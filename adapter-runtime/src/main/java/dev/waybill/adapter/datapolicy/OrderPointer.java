package dev.waybill.adapter.datapolicy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A JSON Pointer (RFC 6901) into an order held as nested Maps and Lists, as Jackson and JSONata hold JSON. Reads a
 * value, and writes one into a copy, creating the objects (and arrays, for numeric steps) on the way.
 */
record OrderPointer(String text, List<String> steps) {

    static OrderPointer parse(String pointer) {
        if (pointer == null || !pointer.startsWith("/")) {
            throw new IllegalArgumentException("not a JSON Pointer: " + pointer);
        }
        List<String> steps = new ArrayList<>();
        for (String step : pointer.substring(1).split("/", -1)) {
            steps.add(step.replace("~1", "/").replace("~0", "~"));
        }
        return new OrderPointer(pointer, Collections.unmodifiableList(steps));
    }

    /** The value at this pointer, empty when some step is absent (a JSON null is present, as an empty Optional too). */
    Optional<Object> read(Object root) {
        Object node = root;
        for (String step : steps) {
            node = child(node, step);
            if (node == null) {
                return Optional.empty();
            }
        }
        return Optional.of(node);
    }

    /** Sets the value at this pointer in {@code root}, a mutable copy made by {@link #mutableCopy(Object)}. */
    @SuppressWarnings("unchecked")
    void write(Map<String, Object> root, Object value) {
        Object parent = root;
        for (int i = 0; i < steps.size() - 1; i++) {
            Object next = child(parent, steps.get(i));
            if (next == null) {
                next = isIndex(steps.get(i + 1)) ? new ArrayList<>() : new LinkedHashMap<String, Object>();
                put(parent, steps.get(i), next);
            }
            parent = next;
        }
        put(parent, steps.get(steps.size() - 1), value);
    }

    /** A deep copy of nested Maps and Lists that {@link #write} may change. */
    @SuppressWarnings("unchecked")
    static Object mutableCopy(Object node) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, value) -> copy.put(String.valueOf(key), mutableCopy(value)));
            return copy;
        }
        if (node instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(item -> copy.add(mutableCopy(item)));
            return copy;
        }
        return node;
    }

    private static Object child(Object node, String step) {
        if (node instanceof Map<?, ?> map) {
            return map.get(step);
        }
        if (node instanceof List<?> list && isIndex(step)) {
            int index = Integer.parseInt(step);
            return index < list.size() ? list.get(index) : null;
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static void put(Object parent, String step, Object value) {
        if (parent instanceof Map<?, ?> map) {
            ((Map<String, Object>) map).put(step, value);
        } else if (parent instanceof List<?> list && isIndex(step)) {
            List<Object> items = (List<Object>) list;
            int index = Integer.parseInt(step);
            while (items.size() <= index) {
                items.add(null);
            }
            items.set(index, value);
        }
        // A pointer that runs through a scalar names nothing: there is nothing to copy or mask.
    }

    private static boolean isIndex(String step) {
        return !step.isEmpty() && step.length() < 10 && step.chars().allMatch(Character::isDigit);
    }
}
