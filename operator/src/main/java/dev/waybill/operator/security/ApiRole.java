package dev.waybill.operator.security;

/**
 * What a bearer token may do with the orchestrator's API. {@code operations} includes {@code read}; {@code intake}
 * only takes orders (and reads the orders of its own channels when the token names them).
 */
public enum ApiRole {
    /** POST orders, and read the orders of the token's channels. */
    intake,
    /** Cancel orders, decide on exceptions, push inventory snapshots; read everything. */
    operations,
    /** Read orders, audit trails, the exception queue; preview routing. */
    read
}
