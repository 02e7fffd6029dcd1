package dev.waybill.adapter.connector;

/**
 * A secret value read from a Kubernetes Secret. Held in memory only; {@link #toString()} never shows it, so it cannot
 * leak into a log line, an event or a status by accident.
 */
public final class Credential {

    private final String value;

    public Credential(String value) {
        this.value = value;
    }

    /** The secret itself, for the one place that signs or authenticates a request. */
    public String reveal() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Credential c && c.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return "Credential[****]";
    }
}
