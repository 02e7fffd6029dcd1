package dev.waybill.operator.routing;

import java.time.Instant;
import java.time.zone.ZoneRules;

/**
 * Local calendar at the nodes for one decision: the local day and second of day of {@code now}, and the local day
 * of the order's {@code promisedBy}, computed once per distinct time zone rather than once per node (a zone-rules
 * lookup costs more than the rest of a filter). Nodes of an indexed snapshot carry a zone slot; a node without
 * one (built outside an index) is computed directly.
 */
final class ZoneClock {

    private static final long SECONDS_PER_DAY = 86_400;
    private static final ZoneRules[] NO_ZONES = new ZoneRules[0];

    final Instant now;
    /** Null when the order promises no date. */
    final Instant promisedBy;
    private final ZoneRules[] zones;
    private final boolean[] known;
    private final long[] dayNow;
    private final int[] secondNow;
    private final long[] dayPromised;

    ZoneClock(Instant now, Instant promisedBy, ZoneRules[] zones) {
        this.now = now;
        this.promisedBy = promisedBy;
        this.zones = zones;
        this.known = new boolean[zones.length];
        this.dayNow = new long[zones.length];
        this.secondNow = new int[zones.length];
        this.dayPromised = new long[zones.length];
    }

    /** A clock for nodes outside any index. */
    static ZoneClock of(Instant now, Instant promisedBy) {
        return new ZoneClock(now, promisedBy, NO_ZONES);
    }

    /** The local epoch day at the node, at {@code now}. */
    long today(NodeProfile node) {
        int slot = slot(node);
        return slot < 0 ? Math.floorDiv(local(node, now), SECONDS_PER_DAY) : dayNow[slot];
    }

    /** Seconds since local midnight at the node, at {@code now}. */
    int secondOfDay(NodeProfile node) {
        int slot = slot(node);
        return slot < 0 ? (int) Math.floorMod(local(node, now), SECONDS_PER_DAY) : secondNow[slot];
    }

    /** The local epoch day at the node of {@code promisedBy}, which must be set. */
    long promisedDay(NodeProfile node) {
        int slot = slot(node);
        return slot < 0 ? Math.floorDiv(local(node, promisedBy), SECONDS_PER_DAY) : dayPromised[slot];
    }

    /** The node's filled-in zone slot, or -1 when it has none in this clock's table. */
    private int slot(NodeProfile node) {
        int slot = node.zoneSlot;
        if (slot < 0 || slot >= zones.length || zones[slot] != node.zone) {
            return -1;
        }
        if (!known[slot]) {
            long localNow = local(node, now);
            dayNow[slot] = Math.floorDiv(localNow, SECONDS_PER_DAY);
            secondNow[slot] = (int) Math.floorMod(localNow, SECONDS_PER_DAY);
            dayPromised[slot] = promisedBy == null ? 0 : Math.floorDiv(local(node, promisedBy), SECONDS_PER_DAY);
            known[slot] = true;
        }
        return slot;
    }

    private static long local(NodeProfile node, Instant instant) {
        return instant.getEpochSecond() + node.zone.getOffset(instant).getTotalSeconds();
    }
}
