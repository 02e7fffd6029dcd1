package dev.waybill.adapter.model;

import java.math.BigDecimal;

/** One line of an order: a SKU, how many, and at what price. Money is an exact decimal. */
public record OrderLine(String lineId, String sku, int quantity, String uom, BigDecimal unitPrice, Double weightKg) {
}
