package dev.waybill.adapter.connector;

/** A vendor's circuit as users see it in {@code status.circuitState}: Open takes its nodes out of routing. */
public enum CircuitState { Closed, Open, HalfOpen }
