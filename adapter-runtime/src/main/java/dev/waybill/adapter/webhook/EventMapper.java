package dev.waybill.adapter.webhook;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waybill.adapter.connector.VendorStatuses;
import dev.waybill.adapter.expression.CompiledMapping;
import dev.waybill.adapter.expression.ExpressionEvaluationException;
import dev.waybill.api.v1alpha1.meta.ShipmentState;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a verified webhook body into a {@link VendorEvent} with the contract's {@code events.mapping} and
 * statusMapping, checking what the orchestrator relies on: an {@code eventId}, a {@code status}, and lines with a
 * SKU (trimmed and upper-cased like the canonical order's) and a positive whole quantity.
 */
final class EventMapper {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CompiledMapping mapping;
    private final VendorStatuses statuses;
    private final Clock clock;

    EventMapper(CompiledMapping mapping, VendorStatuses statuses, Clock clock) {
        this.mapping = mapping;
        this.statuses = statuses;
        this.clock = clock;
    }

    WebhookResult read(byte[] body) {
        Object parsed;
        try {
            parsed = JSON.readValue(body, Object.class);
        } catch (IOException | RuntimeException e) {
            return new WebhookResult.Malformed("body", "the webhook body is not JSON");
        }
        Object mapped;
        try {
            mapped = mapping.apply(parsed);
        } catch (ExpressionEvaluationException e) {
            return new WebhookResult.Malformed("events.mapping", e.getMessage());
        }
        if (!(mapped instanceof Map<?, ?> event)) {
            return new WebhookResult.Malformed("events.mapping", "the mapping yields no object for this body");
        }
        try {
            return new WebhookResult.Accepted(event(event));
        } catch (BadField bad) {
            return new WebhookResult.Malformed(bad.field, bad.getMessage());
        }
    }

    private VendorEvent event(Map<?, ?> event) throws BadField {
        String eventId = scalar(event.get("eventId"));
        if (eventId == null) {
            throw new BadField("eventId", "the mapped event has no eventId");
        }
        String vendorStatus = scalar(event.get("status"));
        if (vendorStatus == null) {
            throw new BadField("status", "the mapped event has no status");
        }
        String status = statuses.state(vendorStatus).map(ShipmentState::name).orElse(null);
        return new VendorEvent(eventId, scalar(event.get("vendorReference")), scalar(event.get("shipmentId")),
                status, vendorStatus, lines(event.get("lines")), occurredAt(event.get("occurredAt")));
    }

    private static List<VendorEvent.EventLine> lines(Object value) throws BadField {
        if (value == null) {
            return List.of();
        }
        List<?> items = value instanceof List<?> list ? list : List.of(value);
        List<VendorEvent.EventLine> lines = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Map<?, ?> line = items.get(i) instanceof Map<?, ?> map ? map : Map.of();
            String sku = scalar(line.get("sku"));
            if (sku == null || sku.isBlank()) {
                throw new BadField("lines[" + i + "].sku", "a line has no sku");
            }
            lines.add(new VendorEvent.EventLine(sku.strip().toUpperCase(Locale.ROOT),
                    quantity(line.get("quantity"), i)));
        }
        return lines;
    }

    private static int quantity(Object value, int index) throws BadField {
        if (value instanceof Number number) {
            try {
                BigDecimal decimal = new BigDecimal(number.toString());
                int quantity = decimal.intValueExact();
                if (quantity > 0) {
                    return quantity;
                }
            } catch (ArithmeticException | NumberFormatException notWhole) {
                // falls through to the refusal below
            }
        }
        throw new BadField("lines[" + index + "].quantity", "a line's quantity must be a positive whole number");
    }

    private Instant occurredAt(Object value) {
        if (value instanceof String text) {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException notIso) {
                // The event is still worth having; when it happened is then when we heard of it.
            }
        }
        return clock.instant();
    }

    /** Strings as they are; whole numbers without a fraction (an id of 42 is "42", not "42.0"). */
    private static String scalar(Object value) {
        if (value instanceof String text) {
            return text.isEmpty() ? null : text;
        }
        if (value instanceof Number number) {
            try {
                BigDecimal decimal = new BigDecimal(number.toString()).stripTrailingZeros();
                return decimal.scale() <= 0 ? decimal.toBigInteger().toString() : decimal.toPlainString();
            } catch (NumberFormatException notFinite) {
                return null;
            }
        }
        return null;
    }

    /** A field of the mapped event that the orchestrator cannot use. */
    private static final class BadField extends Exception {
        private static final long serialVersionUID = 1L;
        private final String field;

        BadField(String field, String message) {
            super(message, null, false, false);
            this.field = field;
        }
    }
}
