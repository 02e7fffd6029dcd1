package dev.waybill.simulator.stock;

import java.util.Map;

/** Stock a vendor holds back for one of Waybill's references until it is released or turned into an order. */
record Reservation(String id, String reference, Map<String, Integer> quantities) {
}
