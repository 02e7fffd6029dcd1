package dev.waybill.simulator;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * How fast vendors move: the delays of automatic progression, whether it runs at all, and how long an answer is
 * held under the timeoutAfterAccept fault. Changed at run time through {@code /_sim/timing}.
 */
@ApplicationScoped
public class Timing {

    /** The defaults, restored by {@code /_sim/reset}. */
    public static final TimingSettings DEFAULTS = new TimingSettings(200L, 800L, true, 10_000L);

    private volatile TimingSettings current = DEFAULTS;

    /** The settings in force. */
    public TimingSettings current() {
        return current;
    }

    /** Applies the fields given; omitted fields keep their value. */
    public synchronized TimingSettings update(TimingSettings change) {
        current = new TimingSettings(
                change.acceptDelayMillis() != null ? change.acceptDelayMillis() : current.acceptDelayMillis(),
                change.shipDelayMillis() != null ? change.shipDelayMillis() : current.shipDelayMillis(),
                change.auto() != null ? change.auto() : current.auto(),
                change.timeoutHoldMillis() != null ? change.timeoutHoldMillis() : current.timeoutHoldMillis());
        return current;
    }

    /** Back to the defaults. */
    public void reset() {
        current = DEFAULTS;
    }
}
