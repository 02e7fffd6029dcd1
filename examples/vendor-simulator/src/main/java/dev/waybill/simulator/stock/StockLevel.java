package dev.waybill.simulator.stock;

/** One SKU of a vendor's stock: on hand, allocated (reserved or committed to open orders) and what is left. */
public record StockLevel(String sku, int onHand, int allocated, int available) {
}
