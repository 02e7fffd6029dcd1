package dev.waybill.simulator.webhook;

import dev.waybill.simulator.Vendor;

import java.util.Map;
import java.util.function.Function;

/**
 * One webhook to deliver: the vendor's raw JSON body, how the vendor signs or authenticates it (asked again at each
 * attempt, so each attempt carries a fresh timestamp), and how many copies the vendor sends.
 */
public record Delivery(Vendor vendor, String body, Function<String, Map<String, String>> headers, int copies) {
}
