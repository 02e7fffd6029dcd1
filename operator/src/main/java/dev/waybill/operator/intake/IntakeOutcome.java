package dev.waybill.operator.intake;

import dev.waybill.operator.store.OrderRecord;

/** What intake answers: an order taken (or taken before, for a replay), or a problem. */
public sealed interface IntakeOutcome {

    /** 202: stored durably; {@code replay} when the same key and body were seen before. */
    record Taken(OrderRecord order, boolean replay) implements IntakeOutcome {
    }

    /** A 4xx answer. */
    record Refused(ProblemDetails problem) implements IntakeOutcome {
    }
}
