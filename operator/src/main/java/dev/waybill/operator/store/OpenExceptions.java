package dev.waybill.operator.store;

/** How many exception queue entries of one namespace are open with one reason code. */
public record OpenExceptions(String namespace, String reason, long count) {
}
