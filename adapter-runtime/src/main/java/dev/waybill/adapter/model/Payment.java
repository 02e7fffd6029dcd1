package dev.waybill.adapter.model;

import java.math.BigDecimal;

/** The payment authorization an order carries; voided when the order is cancelled. */
public record Payment(String authorizationId, BigDecimal amount) {
}
