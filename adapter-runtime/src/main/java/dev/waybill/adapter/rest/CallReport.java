package dev.waybill.adapter.rest;

import dev.waybill.adapter.connector.Attempt;
import dev.waybill.adapter.datapolicy.LogScrubber;

import java.util.List;
import java.util.function.Supplier;

/**
 * What an outcome of one call is written from besides its last step.
 *
 * @param maskedRequest the request as people may see it, computed only when a failure needs it
 */
record CallReport(String operation, List<Attempt> attempts, LogScrubber scrubber, Supplier<String> maskedRequest) {
}
