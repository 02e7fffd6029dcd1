package dev.waybill.operator.kpi;

import dev.waybill.api.v1alpha1.source.SourceKpis;

/** One order source's intake counters: received, accepted (202) and rejected, totals since start. */
final class SourceFigures {

    static final String RECEIVED = "waybill.orders.received";
    static final String ACCEPTED = "waybill.orders.accepted";
    static final String REJECTED = "waybill.orders.rejected";

    private final ResourceMeters meters;

    SourceFigures(ResourceMeters meters) {
        this.meters = meters;
    }

    /** One intake request; {@code status} is its HTTP status. */
    void took(int status) {
        String code = Integer.toString(status);
        meters.increment(RECEIVED, "Order requests received", "status", code);
        if (status == 202) {
            meters.increment(ACCEPTED, "Orders accepted (202)", "status", code);
        } else {
            meters.increment(REJECTED, "Order requests refused", "status", code);
        }
    }

    SourceKpis kpis(int windowSeconds) {
        SourceKpis k = new SourceKpis();
        k.received = meters.count(RECEIVED);
        k.accepted = meters.count(ACCEPTED);
        k.rejected = meters.count(REJECTED);
        k.windowSeconds = windowSeconds;
        return k;
    }

    void remove() {
        meters.remove();
    }
}
