package dev.waybill.operator.kpi;

/**
 * Something a committed change of an order did that a KPI counts. Derived from the change by {@link OrderFacts};
 * counted by {@link KpiRecorder} against the order's namespace, its nodes and the policy that routed it.
 */
sealed interface OrderFact {

    /** A shipment was routed to {@code node}. */
    record Assigned(String node) implements OrderFact {
    }

    /** A shipment at {@code node} shipped completely. */
    record Shipped(String node) implements OrderFact {
    }

    /** A shipment at {@code node} was refused, or its dispatch failed for good (the exception queue). */
    record Failed(String node) implements OrderFact {
    }

    /** A shipment at {@code node} was cancelled. */
    record Cancelled(String node) implements OrderFact {
    }

    /** A dispatch ended: the vendor took the shipment ({@code accepted}), or refused it, or it failed. */
    record DispatchEnded(boolean accepted) implements OrderFact {
    }

    /** A compensation ran: {@code kind} is the audit outcome (Cancelled, Released, AlreadyReleased, Voided). */
    record Compensated(String kind) implements OrderFact {
    }

    /** An exception queue entry was opened with a reason code. */
    record ExceptionOpened(String reason) implements OrderFact {
    }

    /** Someone asked to cancel the order (or part of it). */
    record CancelRequested() implements OrderFact {
    }

    /** The order became Shipped; {@code onTime} when that was by its promisedBy (null: it promised nothing). */
    record OrderShipped(Boolean onTime) implements OrderFact {
    }

    /** The order became Cancelled. */
    record OrderCancelled() implements OrderFact {
    }
}
