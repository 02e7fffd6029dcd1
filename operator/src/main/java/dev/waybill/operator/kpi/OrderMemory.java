package dev.waybill.operator.kpi;

import dev.waybill.operator.model.ResourceKey;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the KPIs remember of recent orders, so that later events (a compensation, an exception, the order shipping)
 * count for the policy that routed it: the policy, when it asked for a cancellation, whether it already needed a
 * person. Bounded: the least recently touched order is forgotten first, and an order routed before this process
 * started is unknown, its later events counted for no policy. Thread-safe.
 */
final class OrderMemory {

    /** One remembered order; mutable fields are written under the memory's lock. */
    static final class Trace {
        final ResourceKey policy;
        Instant cancelRequestedAt;
        boolean neededPerson;

        Trace(ResourceKey policy) {
            this.policy = policy;
        }
    }

    private final Map<String, Trace> traces;

    OrderMemory(int capacity) {
        this.traces = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Trace> eldest) {
                return size() > capacity;
            }
        };
    }

    /** Remembers the policy that routed the order (again after a reroute, keeping what was known). */
    synchronized void routed(String orderRef, ResourceKey policy) {
        Trace old = traces.get(orderRef);
        Trace trace = new Trace(policy);
        if (old != null) {
            trace.cancelRequestedAt = old.cancelRequestedAt;
            trace.neededPerson = old.neededPerson;
        }
        traces.put(orderRef, trace);
    }

    synchronized Optional<ResourceKey> policy(String orderRef) {
        return Optional.ofNullable(traces.get(orderRef)).map(t -> t.policy);
    }

    /** Notes the first cancellation request of an order routed since start. */
    synchronized void cancelRequested(String orderRef, Instant at) {
        Trace trace = traces.get(orderRef);
        if (trace != null && trace.cancelRequestedAt == null) {
            trace.cancelRequestedAt = at;
        }
    }

    /** When the order's first cancellation was asked for, if known. */
    synchronized Optional<Instant> cancelRequestedAt(String orderRef) {
        return Optional.ofNullable(traces.get(orderRef)).map(t -> t.cancelRequestedAt);
    }

    /** True the first time an order is seen needing a person; false after, and for unknown orders. */
    synchronized boolean firstNeedForPerson(String orderRef) {
        Trace trace = traces.get(orderRef);
        if (trace == null || trace.neededPerson) {
            return false;
        }
        trace.neededPerson = true;
        return true;
    }
}
