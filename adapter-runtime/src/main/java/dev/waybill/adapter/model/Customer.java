package dev.waybill.adapter.model;

/** Who placed the order. Personal data: masked in logs by the contracts' dataPolicy. */
public record Customer(String id, String email, String phone) {
}
