/**
 * Vendor authentication both ways: the headers a request to a vendor carries (Bearer, Basic, API key, HMAC-SHA256
 * body signature), and the constant-time checks a vendor's webhook must pass.
 */
package dev.waybill.adapter.auth;
