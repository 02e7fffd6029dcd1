package dev.waybill.simulator.gate;

/** Thrown by a vendor's handling of a call whose body or parameters it cannot accept; the gate answers 400. */
public final class InvalidRequest extends RuntimeException {

    public InvalidRequest(String message) {
        super(message, null, false, false);
    }
}
