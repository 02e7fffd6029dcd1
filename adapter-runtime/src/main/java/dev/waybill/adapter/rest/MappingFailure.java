package dev.waybill.adapter.rest;

/**
 * A mapping could not produce what the call needs from this data: the request mapping failed, a path placeholder
 * has no value, or a vendor's answer is not JSON or fails the response mapping. The message names the field or
 * placeholder, never a value of the order.
 */
final class MappingFailure extends Exception {

    private static final long serialVersionUID = 1L;

    MappingFailure(String message) {
        super(message, null, false, false);
    }
}
