package dev.waybill.simulator.gate;

import dev.waybill.simulator.Vendor;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The bodies of the latest calls that handed a vendor new work, as the vendor received them past its credentials
 * check ({@code GET /_sim/received}): how a test learns which of an order's data reached a vendor, e.g. that the
 * data policy kept an email address back, or that a name it later looks for in logs did travel. Bounded: the
 * oldest go first.
 */
@ApplicationScoped
public class ReceivedBodies {

    /** How many bodies are kept, over all vendors. */
    static final int KEEP = 1000;

    private final Deque<Received> bodies = new ArrayDeque<>();

    /** One body a vendor received. */
    public record Received(String vendor, String body) {
    }

    synchronized void record(Vendor vendor, String body) {
        if (bodies.size() == KEEP) {
            bodies.removeFirst();
        }
        bodies.addLast(new Received(vendor.id(), body));
    }

    /** Every body kept, oldest first. */
    public synchronized List<Received> all() {
        return List.copyOf(bodies);
    }

    /** Forgets every body. */
    public synchronized void clear() {
        bodies.clear();
    }
}
