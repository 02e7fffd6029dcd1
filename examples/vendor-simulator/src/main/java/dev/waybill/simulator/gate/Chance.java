package dev.waybill.simulator.gate;

import dev.waybill.simulator.SimulatorConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Random;
import java.util.random.RandomGenerator;

/**
 * The one seeded source of randomness behind every fault, so that a run with the same seed and the same calls
 * injects the same faults.
 */
@ApplicationScoped
public class Chance {

    private final long seed;
    private RandomGenerator random;

    public Chance(SimulatorConfig config) {
        this.seed = config.seed();
        this.random = new Random(seed);
    }

    /**
     * Whether an event of that probability happens now. Rates of 0 and 1 draw nothing, so that turning one fault
     * fully on or off does not shift the draws of the others.
     */
    public synchronized boolean roll(double rate) {
        if (rate <= 0) {
            return false;
        }
        if (rate >= 1) {
            return true;
        }
        return random.nextDouble() < rate;
    }

    /** Starts the sequence again from the seed. */
    public synchronized void reseed() {
        random = new Random(seed);
    }
}
