/**
 * Vendor webhooks: {@link dev.waybill.adapter.webhook.WebhookReader} verifies one (timestamped HMAC signature with
 * replay protection, or the contract's credential) and maps it with {@code events.mapping} and the statusMapping to
 * a {@link dev.waybill.adapter.webhook.VendorEvent}, or says why not.
 */
package dev.waybill.adapter.webhook;
