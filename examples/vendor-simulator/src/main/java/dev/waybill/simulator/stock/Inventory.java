package dev.waybill.simulator.stock;

import dev.waybill.simulator.Vendor;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Every vendor's stock. */
@ApplicationScoped
public class Inventory {

    private final Map<Vendor, Stock> stocks = new ConcurrentHashMap<>();

    /** That vendor's stock (unlimited until told otherwise). */
    public Stock of(Vendor vendor) {
        return stocks.computeIfAbsent(vendor, v -> new Stock());
    }

    /** Every vendor back to unlimited stock, nothing reserved. */
    public void clear() {
        stocks.clear();
    }
}
